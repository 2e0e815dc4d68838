import QtQuick

// A tinted box with an optional title: research notice, safety information, "ask our team".
Rectangle {
    id: notice

    required property color fill
    required property color ink
    required property string title
    required property var body

    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: fill
    border.color: ink
    border.width: Theme.px(2)

    Column {
        id: column
        x: Theme.spacing
        y: Theme.spacing
        width: notice.width - 2 * Theme.spacing
        spacing: Theme.px(12)

        KioskText {
            width: parent.width
            visible: notice.title !== ""
            text: notice.title
            wrapMode: Text.WordWrap
            color: notice.ink
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        RichBlocks {
            width: parent.width
            model: notice.body
            textColor: notice.ink
        }
    }
}
