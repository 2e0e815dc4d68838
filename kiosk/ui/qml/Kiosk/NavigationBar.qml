pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The bar at the bottom, within reach of a seated or short person: Back and Home on every
// topic page; the languages, each in its own name, and the text size everywhere.
Rectangle {
    id: bar

    required property KioskSession session
    readonly property bool onHome: session.page === "home"
    // One row when everything fits; otherwise (large text, narrow screen) the choices
    // move to a second row rather than overlap.
    readonly property bool oneRow: (onHome ? 0 : navigation.implicitWidth) + choices.implicitWidth + 3 * Theme.spacing <= width

    implicitHeight: Math.max(Theme.barHeight, grid.implicitHeight + 2 * Theme.px(18))
    color: Theme.surface
    border.color: Theme.line

    Grid {
        id: grid
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        columns: bar.oneRow ? 2 : 1
        rowSpacing: Theme.px(18)
        columnSpacing: width - navigation.width - choices.width

        Row {
            id: navigation
            spacing: Theme.spacing
            width: bar.onHome && bar.oneRow ? 0 : implicitWidth
            height: bar.onHome && !bar.oneRow ? 0 : implicitHeight
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
            id: choices
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
}
