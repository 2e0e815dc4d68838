import QtQuick

// Says there is more to read below: a fade, then the label on a solid strip, so the
// label never sits on top of the text it covers (also in large text).
Item {
    id: hint

    // The page it sits on: it lies along that page's bottom edge while there is more below.
    required property Flickable flick
    required property string text
    readonly property bool shown: !flick.atYEnd && flick.contentHeight > flick.height

    readonly property real fade: Theme.px(90)

    anchors.left: flick.left
    anchors.right: flick.right
    anchors.bottom: flick.bottom
    height: fade + label.implicitHeight + 2 * Theme.px(12)
    opacity: shown ? 1 : 0
    visible: opacity > 0

    Behavior on opacity { NumberAnimation { duration: Theme.transitionMs } }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Theme.backgroundClear }
            GradientStop { position: hint.fade / hint.height; color: Theme.background }
        }
    }
    KioskText {
        id: label
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.px(12)
        text: hint.text + "  \u2193"
        color: Theme.accent
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
}
