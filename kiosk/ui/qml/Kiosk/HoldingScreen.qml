import QtQuick
import Kiosk.Models

// Shown while no good content was ever loaded (a broken or missing file at start-up):
// a calm message instead of a black screen or a restart loop. It goes as soon as the
// file is fixed. Without content the kiosk cannot know the clinic's languages, so the
// message is given in every language the kiosk has its own words for.
Rectangle {
    id: holding

    required property LiveContent content
    required property KioskSession session

    objectName: "holdingScreen"
    visible: !session.hasHome
    color: Theme.background

    // Takes every touch: nothing beneath it means anything yet.
    MouseArea {
        anchors.fill: parent
    }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.readingWidth)
        spacing: Theme.margin

        Repeater {
            model: holding.session.holdingWords

            KioskText {
                required property string modelData
                required property int index
                objectName: "holdingMessage"
                width: parent.width
                text: modelData
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: index === 0 ? Theme.ink : Theme.inkSoft
                font.pixelSize: index === 0 ? Theme.titleSize : Theme.headingSize
                font.bold: index === 0
            }
        }
    }
}
