pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The start: who we are, then every category with all of its topics, each one tap away.
Flickable {
    id: screen

    required property KioskSession session
    readonly property var home: session.home

    objectName: "homeScreen"
    contentHeight: column.implicitHeight + 2 * Theme.margin
    flickableDirection: Flickable.VerticalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    Column {
        id: column
        x: Theme.margin
        y: Theme.margin
        width: screen.width - 2 * Theme.margin
        spacing: Theme.margin

        Row {
            spacing: Theme.spacing
            width: parent.width

            Image {
                id: logo
                width: Theme.px(150)
                height: width
                source: screen.home.clinic.logo.source
                sourceSize.width: width
                visible: screen.home.clinic.logo.source !== ""
                Accessible.name: screen.home.clinic.logo.alt
            }
            Column {
                width: parent.width - (logo.visible ? logo.width + parent.spacing : 0)
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.px(8)
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: screen.home.clinic.name
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "welcome"
                    width: parent.width
                    text: screen.home.clinic.welcome
                    wrapMode: Text.WordWrap
                    color: Theme.inkSoft
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                }
            }
        }

        Repeater {
            model: screen.home.categories

            Column {
                id: category
                required property var modelData
                readonly property int columns: Math.max(1, Math.floor((width + Theme.spacing) / (Theme.tileMinWidth + Theme.spacing)))
                width: column.width
                spacing: Theme.spacing

                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: category.modelData.title
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.headingSize * 1.15
                    font.bold: true
                }
                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: category.modelData.intro
                    wrapMode: Text.WordWrap
                    color: Theme.inkSoft
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                }
                Grid {
                    id: grid
                    width: parent.width
                    columns: category.columns
                    spacing: Theme.spacing

                    Repeater {
                        model: category.modelData.topics

                        TopicTile {
                            required property var modelData
                            topic: modelData
                            width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                            onOpened: (topicId) => screen.session.openTopic(topicId)
                        }
                    }
                }
            }
        }

        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: screen.home.clinic.feedback
            visible: text !== ""
            wrapMode: Text.WordWrap
            color: Theme.inkSoft
            font.family: Theme.fontFamily
            font.pixelSize: Theme.smallSize
        }
    }
}
