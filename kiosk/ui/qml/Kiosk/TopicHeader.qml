import QtQuick

// The top of a topic page: picture, title, badge, summary and (for research) the notice.
// Where the page is wider than tall the picture sits beside the title, to save height.
Column {
    id: header

    required property var topic
    required property bool wide

    spacing: Theme.spacing

    Grid {
        id: top
        width: parent.width
        columns: header.wide ? 2 : 1
        spacing: Theme.spacing
        verticalItemAlignment: Grid.AlignVCenter

        Image {
            width: header.wide ? Theme.pictureHeight * 1.4 : top.width
            height: Theme.pictureHeight * (header.wide ? 1.2 : 1.4)
            source: header.topic.picture.source
            sourceSize.height: height
            fillMode: Image.PreserveAspectFit
            asynchronous: true  // decoded off the GUI thread: the tap is answered first
            Accessible.name: header.topic.picture.alt
        }
        Column {
            width: header.wide ? top.width - Theme.pictureHeight * 1.4 - top.spacing : top.width
            spacing: Theme.spacing

            KioskText {
                objectName: "topicTitle"
                width: parent.width
                text: header.topic.title
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            StatusBadge {
                objectName: "topicBadge"
                maxWidth: parent.width
                research: header.topic.research
                text: header.topic.badge
            }
        }
    }
    KioskText {
        width: parent.width
        text: header.topic.summary
        wrapMode: Text.WordWrap
        color: Theme.inkSoft
    }
    Notice {
        width: parent.width
        visible: header.topic.notice.length > 0
        fill: Theme.research
        ink: Theme.researchInk
        title: ""
        body: header.topic.notice
    }
}
