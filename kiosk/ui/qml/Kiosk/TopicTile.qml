import QtQuick

// One topic on the home screen: picture, title and one line; the whole card is the target.
// A research topic says so on its tile too, so nobody opens it expecting an approved use.
Rectangle {
    id: tile

    required property var topic
    signal opened(string topicId)

    objectName: "tile-" + topic.id
    implicitHeight: content.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: area.pressed ? Theme.accentSoft : Theme.surface
    border.color: area.pressed ? Theme.accent : Theme.line
    border.width: Theme.px(3)
    scale: area.pressed ? 0.98 : 1
    // Keys reach it (kiosk/ui/keypad.py), and so does a screen reader's "press".
    activeFocusOnTab: true
    Accessible.role: Accessible.Button
    Accessible.name: topic.tile_badge ? topic.title + ". " + topic.tile_badge : topic.title
    Accessible.description: topic.summary
    Accessible.onPressAction: click()

    function click() { tile.opened(tile.topic.id) }

    Behavior on scale { NumberAnimation { duration: 60 } }

    Column {
        id: content
        x: Theme.spacing
        y: Theme.spacing
        width: tile.width - 2 * Theme.spacing
        spacing: Theme.px(12)

        Image {
            width: parent.width
            height: Theme.pictureHeight
            source: tile.topic.picture.source
            sourceSize.height: height
            fillMode: Image.PreserveAspectFit
            Accessible.name: tile.topic.picture.alt
        }
        KioskText {
            width: parent.width
            text: tile.topic.title
            // A long word in large text breaks rather than running out of the card.
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        StatusBadge {
            objectName: "tileBadge"
            maxWidth: parent.width
            research: tile.topic.research
            text: tile.topic.tile_badge
        }
        KioskText {
            width: parent.width
            text: tile.topic.summary
            wrapMode: Text.WordWrap
            color: Theme.inkSoft
            font.pixelSize: Theme.smallSize
        }
    }

    // Only a key gives a tile focus (a touch opens it), so the ring shows only for keys.
    Rectangle {
        objectName: "focusRing"
        anchors.fill: parent
        anchors.margins: -2 * Theme.focusWidth
        radius: tile.radius + 2 * Theme.focusWidth
        color: "transparent"
        border.color: Theme.focusRing
        border.width: Theme.focusWidth
        visible: tile.activeFocus
    }

    MouseArea {
        id: area
        anchors.fill: parent
        onClicked: tile.opened(tile.topic.id)
    }
}
