pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The bar at the bottom, within reach of a seated or short person: Back and Home on the
// left of every topic page, then Listen (on home too); the languages, each in its own
// name, and the text size on the right of every screen, always in the same place.
Rectangle {
    id: bar

    required property KioskSession session
    required property Speech speech
    readonly property bool onHome: session.onHome
    readonly property real padding: Theme.px(18)
    // One row when everything fits; otherwise (large text, narrow screen) the choices
    // move to a second row rather than overlap.
    readonly property bool oneRow: navigation.implicitWidth + choices.implicitWidth + 3 * Theme.spacing <= width
    readonly property int rows: oneRow ? 1 : 2

    implicitHeight: Math.max(Theme.barHeight, rows * Theme.touchTarget + (rows - 1) * padding + 2 * padding)
    color: Theme.surface
    border.color: Theme.line

    Row {
        id: navigation
        x: Theme.spacing
        y: bar.oneRow ? (bar.height - height) / 2 : bar.padding
        spacing: Theme.spacing

        TouchButton {
            objectName: "backButton"
            visible: !bar.onHome
            text: "\u2190 " + bar.session.words.back
            onClicked: bar.session.goBack()
        }
        TouchButton {
            objectName: "homeButton"
            visible: !bar.onHome
            text: bar.session.words.home
            onClicked: bar.session.goHome()
        }
        // A touch here starts the page from its top, reading or not (kiosk/ui/speech.py).
        TouchButton {
            objectName: "listenButton"
            readonly property bool speechControl: true
            visible: bar.speech.available
            text: bar.session.words.listen
            onClicked: bar.speech.listen()
        }
    }

    Row {
        id: choices
        x: bar.width - width - Theme.spacing
        y: bar.oneRow ? (bar.height - height) / 2 : bar.height - height - bar.padding
        spacing: Theme.spacing

        Repeater {
            model: bar.session.home.languages

            TouchButton {
                required property var modelData
                objectName: "language-" + modelData.code
                text: modelData.name
                chosen: bar.session.language === modelData.code
                onClicked: bar.session.setLanguage(modelData.code)
            }
        }
        TouchButton {
            objectName: "textSizeButton"
            text: bar.session.largeText ? "A\u2212" : "A+"
            Accessible.name: bar.session.largeText ? bar.session.words.smaller_text : bar.session.words.larger_text
            onClicked: bar.session.toggleLargeText()
        }
    }
}
