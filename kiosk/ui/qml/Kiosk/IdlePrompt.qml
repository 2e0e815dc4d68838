import QtQuick
import Kiosk.Models

// "Still reading?" with a countdown. One tap anywhere keeps the page.
Rectangle {
    id: prompt

    required property IdleMonitor idle
    required property KioskSession session

    objectName: "idlePrompt"
    color: Theme.scrim
    // At the start there is nothing to forget: the reset then happens without asking.
    visible: idle.prompting && !session.atStart

    // Takes every tap, so a tap meant to continue never opens what lies beneath.
    MouseArea {
        anchors.fill: parent
        onClicked: prompt.idle.stillHere()
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.px(900) * Theme.textScale)
        height: column.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: parent.width - 2 * Theme.margin
            spacing: Theme.margin

            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: prompt.session.words.still_reading
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.ink
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            Text {
                textFormat: Text.PlainText
                objectName: "countdown"
                width: parent.width
                text: prompt.idle.secondsLeft === 1
                      ? prompt.session.words.resetting_one
                      : prompt.session.words.resetting.replace("{seconds}", prompt.idle.secondsLeft)
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                color: Theme.inkSoft
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }
            TouchButton {
                objectName: "continueButton"
                anchors.horizontalCenter: parent.horizontalCenter
                text: prompt.session.words["continue"]
                filled: true
                onClicked: prompt.idle.stillHere()
            }
        }
    }
}
