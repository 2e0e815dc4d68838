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
    // move to a second row rather than overlap, and at the largest text the text size and
    // contrast to a third, under the languages.
    readonly property real gap: Theme.spacing
    readonly property real choicesWidth: languages.implicitWidth + gap + looks.implicitWidth
    readonly property bool oneRow: navigation.implicitWidth + choicesWidth + 3 * gap <= width
    readonly property bool splitChoices: choicesWidth + 2 * gap > width
    readonly property int rows: oneRow ? 1 : (splitChoices ? 3 : 2)
    // The row of the languages, and of the looks (text size and contrast), from the top.
    readonly property int languagesRow: oneRow ? 0 : 1
    readonly property int looksRow: splitChoices ? 2 : languagesRow

    function rowY(row: int, height: real): real {
        return oneRow ? (bar.height - height) / 2 : padding + row * (Theme.touchTarget + padding)
    }

    implicitHeight: Math.max(Theme.barHeight, rows * Theme.touchTarget + (rows - 1) * padding + 2 * padding)
    color: Theme.surface
    border.color: Theme.line

    Row {
        id: navigation
        x: bar.gap
        y: bar.rowY(0, height)
        spacing: bar.gap

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
        id: languages
        x: bar.width - width - bar.gap - (bar.splitChoices ? 0 : looks.implicitWidth + bar.gap)
        y: bar.rowY(bar.languagesRow, height)
        spacing: bar.gap

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
    }

    Row {
        id: looks
        x: bar.width - width - bar.gap
        y: bar.rowY(bar.looksRow, height)
        spacing: bar.gap

        // A half-black, half-white circle: the sign for contrast on phones and TVs, and it
        // needs no words in any language.
        TouchButton {
            objectName: "contrastButton"
            text: "\u25D1"
            chosen: bar.session.highContrast
            Accessible.name: bar.session.highContrast ? bar.session.words.normal_contrast : bar.session.words.high_contrast
            onClicked: bar.session.toggleHighContrast()
        }
        TouchButton {
            objectName: "textSizeButton"
            text: bar.session.largeText ? "A\u2212" : "A+"
            Accessible.name: bar.session.largeText ? bar.session.words.smaller_text : bar.session.words.larger_text
            onClicked: bar.session.toggleLargeText()
        }
    }
}
