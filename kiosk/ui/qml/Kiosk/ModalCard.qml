pragma ComponentBehavior: Bound
import QtQuick

// A dimmed layer over the whole window with a white card in its centre: the idle prompt
// and the staff screens. The layer takes every tap, so nothing beneath it ever opens.
Rectangle {
    id: modal

    // What the card holds, one under the other.
    default property alias cardData: column.data
    // The card's widest; it still keeps a margin from the window's edges.
    property real cardWidth: Theme.staffCardWidth
    property alias contentSpacing: column.spacing
    readonly property alias contentWidth: column.width

    // A tap anywhere on the layer or the card that no button inside took.
    signal tapped()

    color: Theme.scrim

    MouseArea {
        anchors.fill: parent
        onClicked: modal.tapped()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, modal.cardWidth)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.spacing
        }
    }
}
