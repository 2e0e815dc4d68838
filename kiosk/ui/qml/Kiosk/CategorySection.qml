pragma ComponentBehavior: Bound
import QtQuick

// One category on the home screen: its title, one line, and its topics as tiles of one height.
Column {
    id: category

    required property var modelData
    signal opened(string topicId)

    readonly property int columns: Math.max(1, Math.floor((width + Theme.spacing) / (Theme.tileMinWidth + Theme.spacing)))
    // Every tile as tall as the tallest, so a row reads as a row.
    readonly property real tileHeight: {
        let tallest = 0
        for (let index = 0; index < tiles.count; ++index) {
            const tile = tiles.itemAt(index) as TopicTile
            if (tile)
                tallest = Math.max(tallest, tile.implicitHeight)
        }
        return tallest
    }

    spacing: Theme.spacing

    KioskText {
        width: parent.width
        text: category.modelData.title
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        font.pixelSize: Theme.categorySize
        font.bold: true
    }
    KioskText {
        width: parent.width
        text: category.modelData.intro
        wrapMode: Text.WordWrap
        color: Theme.inkSoft
    }
    Grid {
        id: grid
        width: parent.width
        columns: category.columns
        spacing: Theme.spacing

        Repeater {
            id: tiles
            model: category.modelData.topics

            TopicTile {
                required property var modelData
                topic: modelData
                width: (grid.width - (grid.columns - 1) * grid.spacing) / grid.columns
                height: Math.max(implicitHeight, category.tileHeight)
                onOpened: (topicId) => category.opened(topicId)
            }
        }
    }
}
