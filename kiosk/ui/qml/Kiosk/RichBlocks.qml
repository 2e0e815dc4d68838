pragma ComponentBehavior: Bound
import QtQuick

// Section text: paragraphs, bullet lists and numbered lists. The words arrive escaped,
// with <b> as the only markup, so no link or picture can appear.
Column {
    id: blocks

    required property var model
    property color textColor: Theme.ink

    spacing: Theme.spacing

    Repeater {
        model: blocks.model

        Column {
            id: block
            required property var modelData
            width: blocks.width
            spacing: Theme.px(12)

            Repeater {
                model: block.modelData.items

                Row {
                    id: row
                    required property string modelData
                    required property int index
                    readonly property string kind: block.modelData.kind
                    width: block.width
                    spacing: Theme.px(16)

                    KioskText {
                        id: marker
                        visible: row.kind !== "paragraph"
                        width: visible ? Theme.textPx(44) : 0
                        horizontalAlignment: Text.AlignRight
                        text: row.kind === "bullets" ? "\u2022" : (block.modelData.start + row.index) + "."
                        color: blocks.textColor
                        font.bold: true
                    }
                    KioskText {
                        width: row.width - marker.width - (marker.visible ? row.spacing : 0)
                        text: row.modelData
                        textFormat: Text.StyledText
                        wrapMode: Text.WordWrap
                        lineHeight: 1.25
                        color: blocks.textColor
                    }
                }
            }
        }
    }
}
