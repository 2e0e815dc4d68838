pragma ComponentBehavior: Bound
import QtQuick

// A large button that shows it is pressed, and acts on release inside it: no hover,
// no double tap, no long press. A slow press still counts.
// Three looks, one meaning each: `filled` is the one action a prompt asks for; `chosen`
// (a tick on a soft fill) is the current language or text size; dark is pressed.
Rectangle {
    id: button

    required property string text
    property bool filled: false
    property bool chosen: false
    signal clicked()

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget * 1.5, label.implicitWidth + 2 * Theme.spacing)
    radius: Theme.radius
    color: area.pressed ? Theme.accentPressed : (filled ? Theme.accent : (chosen ? Theme.accentSoft : Theme.surface))
    border.color: Theme.accent
    border.width: chosen ? Theme.px(6) : Theme.px(3)
    scale: area.pressed ? 0.96 : 1
    Accessible.role: Accessible.Button
    Accessible.name: text

    Behavior on scale { NumberAnimation { duration: 60 } }

    KioskText {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, button.width - Theme.spacing)
        text: (button.chosen ? "\u2713 " : "") + button.text
        color: area.pressed || button.filled ? "white" : Theme.accent
        font.pixelSize: Theme.buttonSize
        font.bold: true
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
    }

    MouseArea {
        id: area
        objectName: "buttonArea"
        anchors.fill: parent
        onClicked: button.clicked()
    }
}
