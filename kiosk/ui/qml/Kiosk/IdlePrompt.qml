import QtQuick
import Kiosk.Models

// "Still reading?" with a countdown. One tap anywhere keeps the page.
ModalCard {
    id: prompt

    required property IdleMonitor idle
    required property KioskSession session

    objectName: "idlePrompt"
    // At the start there is nothing to forget: the reset then happens without asking.
    visible: idle.prompting && !session.atStart

    cardWidth: Theme.promptCardWidth
    contentSpacing: Theme.margin

    // Takes every tap, so a tap meant to continue never opens what lies beneath.
    onTapped: idle.stillHere()

    KioskText {
        width: parent.width
        text: prompt.session.words.still_reading
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.titleSize
        font.bold: true
    }
    KioskText {
        objectName: "countdown"
        width: parent.width
        // Read only while it shows: the plural rules load after the first frame.
        text: prompt.visible ? prompt.session.countdown[prompt.idle.secondsLeft] ?? "" : ""
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.inkSoft
    }
    TouchButton {
        objectName: "continueButton"
        anchors.horizontalCenter: parent.horizontalCenter
        text: prompt.session.words["continue"]
        filled: true
        onClicked: prompt.idle.stillHere()
    }
}
