pragma ComponentBehavior: Bound
import QtQuick
// Templates, not Controls: StackView is the one control used, and Controls would load a
// whole style for it (2.5 MB of the kiosk's memory; tests/benchmarks/screens.py).
import QtQuick.Templates as T
import Kiosk.Models

// The one window: pages in a stack, the bar at the bottom, the idle prompt above all.
Window {
    id: root

    required property KioskSession session
    required property IdleMonitor idle
    required property LiveContent content
    required property bool fullScreen
    required property StaffDoor staff
    required property Speech speech

    // The screen's size as a start; in full screen the window system makes it exact.
    width: Screen.width
    height: Screen.height
    visibility: fullScreen ? Window.FullScreen : Window.Windowed
    color: Theme.background
    title: root.session.home.clinic.name

    // In full screen nothing may close the window: not Alt+F4, not the window manager.
    onClosing: (close) => { close.accepted = !root.fullScreen }

    Binding { target: Theme; property: "unit"; value: Math.min(root.width, root.height) / 1080 }
    Binding { target: Theme; property: "pixelsPerMm"; value: Screen.pixelDensity }
    Binding { target: Theme; property: "highContrast"; value: root.session.highContrast }
    Binding {
        target: Theme
        property: "textScale"
        value: root.session.largeText ? root.session.largeTextScale : 1
    }

    T.StackView {
        id: stack
        objectName: "stack"
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: speechBar.top
        initialItem: homeScreen

        // The new page slides over the old one and back off it. Opaque pages, and no fade:
        // blending two full-screen pages costs the software renderer a whole frame (28 ms
        // a frame with the fade, 16 ms without; tests/benchmarks/screens.py).
        // Plain property animations rather than Animators: they also run with the
        // software renderer when no frame is being shown (snapshots, tests).
        pushEnter: Transition {
            NumberAnimation { property: "x"; from: stack.width; to: 0; duration: Theme.transitionMs; easing.type: Easing.OutCubic }
        }
        // The page beneath stays in view until the new one covers it (an empty
        // transition would hide it at once).
        pushExit: Transition { PauseAnimation { duration: Theme.transitionMs } }
        popEnter: Transition {}
        popExit: Transition {
            NumberAnimation { property: "x"; from: 0; to: stack.width; duration: Theme.transitionMs; easing.type: Easing.OutCubic }
        }
    }

    Component {
        id: homeScreen
        HomeScreen { session: root.session }
    }
    Component {
        id: topicPage
        TopicPage { session: root.session }
    }

    Connections {
        target: root.session
        function onNavigated(step: int) {
            if (step > 0)
                stack.push(topicPage)
            else if (step < 0)
                stack.pop()
            else
                stack.replace(null, homeScreen, {}, T.StackView.Immediate)
        }
    }

    SpeechBar {
        id: speechBar
        objectName: "speechBar"
        speech: root.speech
        words: root.session.words
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: bar.top
    }

    NavigationBar {
        id: bar
        objectName: "navigationBar"
        session: root.session
        speech: root.speech
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
    }

    IdlePrompt {
        anchors.fill: parent
        idle: root.idle
        session: root.session
    }

    HoldingScreen {
        anchors.fill: parent
        content: root.content
        session: root.session
    }

    // The staff layer, above everything (the holding screen too: with no good content,
    // the panel's status and "Reload now" are what staff need most).
    StaffCorner {
        door: root.staff
        anchors.left: parent.left
        anchors.top: parent.top
    }
    PinPad {
        anchors.fill: parent
        door: root.staff
    }
    StaffPanel {
        anchors.fill: parent
        door: root.staff
        content: root.content
    }
    CleaningScreen {
        anchors.fill: parent
        door: root.staff
    }
}
