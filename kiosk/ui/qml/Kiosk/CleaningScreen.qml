import QtQuick
import Kiosk.Models

// Screen-cleaning mode: the glass can be wiped while every touch is ignored (the view
// model drops them before they reach any item). It returns to the panel by itself.
Rectangle {
    id: cleaning

    required property StaffDoor door

    objectName: "cleaningScreen"
    color: Theme.cleaningBackground
    visible: door.cleaning

    Column {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.margin

        KioskText {
            width: parent.width
            text: "Cleaning the screen"
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Theme.cleaningInk
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        KioskText {
            objectName: "cleaningCountdown"
            width: parent.width
            text: cleaning.door.cleaningSecondsLeft
            horizontalAlignment: Text.AlignHCenter
            color: Theme.cleaningInk
            font.pixelSize: Theme.countdownSize
            font.bold: true
        }
        KioskText {
            width: parent.width
            text: "Touch is off. Wipe the glass; the staff panel comes back by itself."
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Theme.cleaningInk
        }
    }
}
