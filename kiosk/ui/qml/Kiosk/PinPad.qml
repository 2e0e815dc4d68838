pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// The staff PIN keypad. It shows a dot per digit typed, never the digits, and forgets
// them on Enter, Cancel and whenever it closes.
ModalCard {
    id: pad

    required property StaffDoor door
    property string entered: ""
    readonly property int maxDigits: 8

    function press(key: string) {
        if (key === "Clear")
            entered = ""
        else if (key === "Enter")
            submit()
        else if (entered.length < maxDigits)
            entered += key
    }
    function submit() {
        const pin = entered
        entered = ""
        door.tryPin(pin)
    }

    objectName: "pinPad"
    visible: door.keypadOpen
    onVisibleChanged: entered = ""

    Item {
        width: parent.width
        height: Theme.touchTarget
        KioskText {
            anchors.verticalCenter: parent.verticalCenter
            text: "Staff PIN"
            font.pixelSize: Theme.headingSize
            font.bold: true
        }
        TouchButton {
            objectName: "pinCancel"
            anchors.right: parent.right
            text: "Cancel"
            onClicked: pad.door.close()
        }
    }
    Row {
        objectName: "pinDots"
        anchors.horizontalCenter: parent.horizontalCenter
        height: Theme.pinDot
        spacing: Theme.pinDot / 2
        Repeater {
            model: pad.entered.length
            Rectangle {
                width: Theme.pinDot
                height: Theme.pinDot
                radius: Theme.pinDot / 2
                color: Theme.ink
            }
        }
    }
    KioskText {
        objectName: "pinMessage"
        width: parent.width
        text: pad.door.message
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.safetyInk
        font.bold: true
    }
    Grid {
        objectName: "pinKeys"
        anchors.horizontalCenter: parent.horizontalCenter
        columns: 3
        spacing: Theme.spacing
        enabled: !pad.door.locked
        opacity: enabled ? 1 : 0.35

        Repeater {
            model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "Enter"]
            TouchButton {
                required property string modelData
                objectName: "key" + modelData
                width: Math.min(Theme.keypadKey * 1.6, (pad.contentWidth - 2 * Theme.spacing) / 3)
                height: Theme.keypadKey
                text: modelData
                filled: modelData === "Enter"
                onClicked: pad.press(modelData)
            }
        }
    }
}
