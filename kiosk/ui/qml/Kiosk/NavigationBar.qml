pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The bar at the bottom, within reach of a seated or short person: Back and Home on every
// topic page; the languages, each in its own name, and the text size everywhere.
Rectangle {
    id: bar

    required property KioskSession session
    readonly property bool onHome: session.page === "home"

    implicitHeight: Theme.barHeight
    color: Theme.surface
    border.color: Theme.line

    Row {
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing
        visible: !bar.onHome

        TouchButton {
            objectName: "backButton"
            text: "\u2190 " + bar.session.words.back
            filled: true
            onClicked: bar.session.goBack()
        }
        TouchButton {
            objectName: "homeButton"
            text: bar.session.words.home
            onClicked: bar.session.goHome()
        }
    }

    Row {
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        anchors.verticalCenter: parent.verticalCenter
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
            chosen: bar.session.largeText
            Accessible.name: bar.session.largeText ? bar.session.words.smaller_text : bar.session.words.larger_text
            onClicked: bar.session.toggleLargeText()
        }
    }
}
