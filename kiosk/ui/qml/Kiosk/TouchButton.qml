pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Templates as T

// A large button that shows it is pressed, and acts on release inside it: no hover,
// no double tap, no long press. A slow press still counts.
// Three looks, one meaning each: `filled` is the one action a prompt asks for; `chosen`
// (a tick on a soft fill) is the current language or text size; dark is pressed.
// Built on the Templates' AbstractButton, as mpvQC's controls are: the press (`down`),
// keyboard focus and the accessible role Button come with it, and only the look is drawn
// here. Not T.Button: nothing here is flat or highlighted.
T.AbstractButton {
    id: button

    required text
    property bool filled: false
    property bool chosen: false

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget * 1.5, label.implicitWidth + 2 * Theme.spacing)
    scale: down ? 0.96 : 1
    // AbstractButton names itself after its text only once an assistive technology is
    // active (seen in Qt 6.11); named here, the name is there from the start, and any
    // accessibility query (tests/ui/test_buttons.py) sees what a screen reader will.
    Accessible.name: text

    Behavior on scale { NumberAnimation { duration: 60 } }

    background: Rectangle {
        // The whole button is its touch target (no insets); tests/ui/test_layout.py
        // measures targets by this name.
        objectName: "buttonArea"
        radius: Theme.radius
        color: button.down ? Theme.accentPressed
                           : (button.filled ? Theme.accent : (button.chosen ? Theme.accentSoft : Theme.surface))
        border.color: Theme.accent
        border.width: button.chosen ? Theme.px(6) : Theme.px(3)

        // Shown when a key moved here, not after a touch (visualFocus).
        Rectangle {
            objectName: "focusRing"
            anchors.fill: parent
            anchors.margins: -2 * Theme.focusWidth
            radius: Theme.radius + 2 * Theme.focusWidth
            color: "transparent"
            border.color: Theme.focusRing
            border.width: Theme.focusWidth
            visible: button.visualFocus
        }
    }

    // The label keeps its own width, centred by anchors (which snap to whole pixels), inside
    // an Item that the button sizes: given the button's inner box itself, it would be
    // stretched to it, and its words placed by the text's alignment instead.
    contentItem: Item {
        KioskText {
            id: label
            anchors.centerIn: parent
            width: Math.min(implicitWidth, button.width - Theme.spacing)
            text: (button.chosen ? "\u2713 " : "") + button.text
            color: button.down || button.filled ? Theme.accentInk : Theme.accent
            font.pixelSize: Theme.buttonSize
            font.bold: true
            elide: Text.ElideRight
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
