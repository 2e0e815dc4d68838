pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// While the page is read aloud: pause or play, start again, stop, quieter, louder. Just
// above the bottom bar, in reach, and only while there is something to control; or, when
// Listen was touched where only headphones may speak, where to plug them in.
// A touch here controls the voice rather than stopping it (kiosk/ui/speech.py).
Rectangle {
    id: strip

    required property Speech speech
    readonly property bool speechControl: true
    readonly property bool reading: speech.speaking || speech.paused
    required property var words

    visible: reading || speech.headphonesNeeded
    implicitHeight: visible ? (strip.reading ? controls.implicitHeight : message.implicitHeight) + 2 * Theme.px(18) : 0
    color: Theme.accentSoft
    border.color: Theme.line

    // Made only while reading: five buttons nobody sees cost every start and page memory.
    Loader {
        id: controls
        x: Theme.spacing
        y: Theme.px(18)
        width: strip.width - 2 * Theme.spacing
        active: strip.reading
        sourceComponent: buttons
    }

    Component {
        id: buttons

        Flow {
            spacing: Theme.spacing

            TouchButton {
                objectName: "pauseButton"
                text: strip.speech.paused ? "\u25B6 " + strip.words.resume : "\u275A\u275A " + strip.words.pause
                onClicked: strip.speech.paused ? strip.speech.resume() : strip.speech.pause()
            }
            TouchButton {
                objectName: "repeatButton"
                text: strip.words.repeat
                onClicked: strip.speech.repeat()
            }
            TouchButton {
                objectName: "stopListeningButton"
                text: "\u25A0 " + strip.words.stop_listening
                onClicked: strip.speech.stop()
            }
            TouchButton {
                objectName: "quieterButton"
                text: "\u2212"
                Accessible.name: strip.words.quieter
                enabled: strip.speech.volume > 1
                onClicked: strip.speech.quieter()
            }
            TouchButton {
                objectName: "louderButton"
                text: "+"
                Accessible.name: strip.words.louder
                enabled: strip.speech.volume < 10
                onClicked: strip.speech.louder()
            }
        }
    }

    KioskText {
        id: message
        objectName: "headphonesNeeded"
        x: Theme.spacing
        y: Theme.px(18)
        width: strip.width - 2 * Theme.spacing
        visible: !strip.reading
        text: strip.words.plug_in_headphones
        wrapMode: Text.WordWrap
        font.bold: true
    }
}
