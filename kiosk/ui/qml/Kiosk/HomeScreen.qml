pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The start: who we are, then every category with all of its topics, each one tap away.
// Opaque, so that it can slide over the page beneath without a fade.
Rectangle {
    id: screen

    required property KioskSession session
    readonly property var home: session.home

    color: Theme.background

    Flickable {
        id: flick
        objectName: "homeScreen"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.margin

            HomeHeader {
                width: parent.width
                clinic: screen.home.clinic
            }
            Repeater {
                model: screen.home.categories

                CategorySection {
                    width: column.width
                    onOpened: (topicId) => screen.session.openTopic(topicId)
                }
            }
            KioskText {
                width: parent.width
                text: screen.home.clinic.feedback
                visible: text !== ""
                wrapMode: Text.WordWrap
                color: Theme.inkSoft
                font.pixelSize: Theme.smallSize
            }
        }
    }

    MoreBelowHint {
        flick: flick
        text: screen.session.words.more_below
    }
}
