import QtQuick
import Kiosk.Models

// The hidden staff corner: holding it opens the PIN keypad. It only watches the touch
// (a TapHandler takes a passive grab), so a tap or a drag there still reaches the page.
Item {
    id: corner

    required property StaffDoor door

    objectName: "staffCorner"
    width: Theme.staffCorner
    height: Theme.staffCorner

    TapHandler {
        objectName: "staffCornerHold"
        gesturePolicy: TapHandler.DragThreshold
        longPressThreshold: corner.door.holdSeconds
        onLongPressed: corner.door.cornerHeld()
    }
}
