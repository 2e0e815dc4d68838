pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The staff panel, reached only through the PIN: what content is on screen, and the
// staff's verbs. Staff words are English only; the patients' languages are for patients.
ModalCard {
    id: panel

    required property StaffDoor door
    required property LiveContent content

    objectName: "staffPanel"
    visible: door.panelOpen

    KioskText {
        text: "Staff panel"
        font.pixelSize: Theme.headingSize
        font.bold: true
    }
    Repeater {
        model: [
            { name: "statusFile", label: "Content file", value: panel.content.file },
            { name: "statusLoadedAt", label: "Loaded at",
              value: panel.content.hasContent ? panel.content.loadedAt
                     : "Nothing yet: the holding screen shows" },
            { name: "statusTopics", label: "Topics", value: String(panel.content.topicCount) },
            { name: "statusRejection", label: "Last rejected change",
              value: panel.content.lastRejection === "" ? "None"
                     : panel.content.lastRejection + "\n(at " + panel.content.rejectedAt + ")" }
        ]
        Column {
            id: line
            required property var modelData
            width: panel.contentWidth
            KioskText {
                text: line.modelData.label
                color: Theme.inkSoft
                font.pixelSize: Theme.smallSize
            }
            KioskText {
                objectName: line.modelData.name
                width: parent.width
                text: line.modelData.value
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere  // words where it can; a long path anywhere
            }
        }
    }
    Flow {
        width: parent.width
        spacing: Theme.spacing
        TouchButton {
            objectName: "reloadNow"
            text: "Reload now"
            onClicked: panel.content.reloadNow()
        }
        TouchButton {
            objectName: "cleanScreen"
            text: "Clean the screen"
            onClicked: panel.door.startCleaning()
        }
        TouchButton {
            objectName: "exitToDesktop"
            text: "Exit to desktop"
            onClicked: panel.door.exitToDesktop()
        }
        TouchButton {
            objectName: "closePanel"
            text: "Close"
            filled: true
            onClicked: panel.door.close()
        }
    }
}
