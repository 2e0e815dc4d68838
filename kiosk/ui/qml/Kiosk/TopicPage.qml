pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// One topic, top to bottom: picture, title, status, sections, safety, whom to ask, sources.
// Scrolls by flicking; a swipe to the right goes back.
Item {
    id: page

    required property KioskSession session
    readonly property var topic: session.topic
    readonly property int readingWidth: Math.min(width - 2 * Theme.margin, Theme.readingWidth * Theme.textScale)

    objectName: "topicPage"

    Flickable {
        id: flick
        objectName: "topicFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        // A swipe to the right, anywhere on the page, goes back. It lives inside the
        // Flickable so that it sees the touch before the Flickable takes it.
        DragHandler {
            id: swipe
            property real travelled: 0
            target: null
            yAxis.enabled: false
            onActiveTranslationChanged: travelled = activeTranslation.x
            onActiveChanged: {
                if (!active && travelled > Theme.px(160))
                    page.session.goBack()
            }
        }

        Column {
            id: column
            x: (page.width - width) / 2
            y: Theme.margin
            width: page.readingWidth
            spacing: Theme.spacing

            Image {
                width: parent.width
                height: Theme.pictureHeight * 1.4
                source: page.topic.picture.source
                sourceSize.height: height
                fillMode: Image.PreserveAspectFit
                asynchronous: true  // decoded off the GUI thread: the tap is answered first
                Accessible.name: page.topic.picture.alt
            }
            Text {
                textFormat: Text.PlainText
                objectName: "topicTitle"
                width: parent.width
                text: page.topic.title
                wrapMode: Text.WordWrap
                color: Theme.ink
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            StatusBadge {
                research: page.topic.research
                text: page.topic.badge
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: page.topic.summary
                wrapMode: Text.WordWrap
                color: Theme.inkSoft
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }
            Notice {
                width: parent.width
                visible: page.topic.notice.length > 0
                fill: Theme.research
                ink: Theme.researchInk
                title: ""
                body: page.topic.notice
            }
            // The header above shows at once; the rest is built over the next frames,
            // so a tap is answered within a frame even on a long page.
            Loader {
                id: bodyLoader
                objectName: "topicBody"
                width: parent.width
                asynchronous: true
                sourceComponent: Column {
                    id: bodyColumn
                    width: bodyLoader.width
                    spacing: Theme.spacing

                    Repeater {
                        model: page.topic.sections

                        Column {
                            id: section
                            required property var modelData
                            width: bodyColumn.width
                            spacing: Theme.px(12)
                            topPadding: Theme.spacing

                            Text {
                                textFormat: Text.PlainText
                                width: parent.width
                                text: section.modelData.heading
                                wrapMode: Text.WordWrap
                                color: Theme.ink
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.headingSize
                                font.bold: true
                            }
                            RichBlocks {
                                width: parent.width
                                model: section.modelData.blocks
                            }
                        }
                    }
                    Notice {
                        objectName: "safety"
                        width: parent.width
                        fill: Theme.safety
                        ink: Theme.safetyInk
                        title: page.topic.safety.title
                        body: page.topic.safety.blocks
                    }
                    Notice {
                        width: parent.width
                        fill: Theme.accentSoft
                        ink: Theme.ink
                        title: ""
                        body: page.topic.ask
                    }
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        topPadding: Theme.spacing
                        text: page.session.words.sources
                        color: Theme.inkSoft
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        font.bold: true
                    }
                    Repeater {
                        model: page.topic.sources
                        Text {
                            textFormat: Text.PlainText
                            required property string modelData
                            width: bodyColumn.width
                            text: modelData
                            wrapMode: Text.WordWrap
                            color: Theme.inkSoft
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.smallSize
                        }
                    }
                    Text {
                        textFormat: Text.PlainText
                        width: parent.width
                        text: page.topic.reviewed
                        wrapMode: Text.WordWrap
                        color: Theme.inkSoft
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
    }

    MoreBelowHint {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        shown: !flick.atYEnd && flick.contentHeight > flick.height
        text: page.session.words.more_below
    }
}
