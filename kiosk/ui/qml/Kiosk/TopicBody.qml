pragma ComponentBehavior: Bound
import QtQuick

// The rest of a topic page: its sections, the safety box, whom to ask, sources and the date.
Column {
    id: body

    required property var topic
    required property var words

    spacing: Theme.spacing

    Repeater {
        model: body.topic.sections

        Column {
            id: section
            required property var modelData
            width: body.width
            spacing: Theme.px(12)
            topPadding: Theme.spacing

            KioskText {
                width: parent.width
                text: section.modelData.heading
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
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
        title: body.topic.safety.title
        body: body.topic.safety.blocks
    }
    Notice {
        width: parent.width
        fill: Theme.accentSoft
        ink: Theme.ink
        title: ""
        body: body.topic.ask
    }
    KioskText {
        width: parent.width
        topPadding: Theme.spacing
        text: body.words.sources
        color: Theme.inkSoft
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
    Repeater {
        model: body.topic.sources

        KioskText {
            required property string modelData
            width: body.width
            text: modelData
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere  // a link is one long word
            color: Theme.inkSoft
            font.pixelSize: Theme.smallSize
        }
    }
    KioskText {
        width: parent.width
        text: body.topic.reviewed
        wrapMode: Text.WordWrap
        color: Theme.inkSoft
        font.pixelSize: Theme.smallSize
    }
}
