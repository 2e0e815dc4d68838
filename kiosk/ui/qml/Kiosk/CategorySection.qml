pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// One category on the home screen: its title, one line, and its topics as tiles of one height.
Column {
    id: category

    required property var modelData
    signal opened(string topicId)

    readonly property int columns: Math.max(1, Math.floor((width + Theme.spacing) / (Theme.tileMinWidth + Theme.spacing)))
    readonly property real tileWidth: (width - (columns - 1) * Theme.spacing) / columns

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
    GridLayout {
        // No width of its own: a layout wider than its tiles shares the extra out between
        // the columns, and a category with fewer topics than columns would spread its tiles.
        columns: category.columns
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        // Every tile as tall as the tallest, so a row reads as a row (Qt 6.6 and later).
        uniformCellHeights: true

        Repeater {
            model: category.modelData.topics

            TopicTile {
                required property var modelData
                topic: modelData
                // A set width, not fillWidth: a category with fewer topics than columns
                // keeps tiles of a column's width, on the left, as in a full row.
                Layout.preferredWidth: category.tileWidth
                Layout.fillHeight: true
                // Never shorter than its own words. Seen in Qt 6.11: uniform heights share
                // out the rows' summed heights evenly, so a short row beside a tall one
                // would cut the tall row's tile; a minimum each makes the share the tallest.
                Layout.minimumHeight: implicitHeight
                onOpened: (topicId) => category.opened(topicId)
            }
        }
    }
}
