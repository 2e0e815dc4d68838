import QtQuick

// Says there is more to read below: a fade and a label at the bottom edge.
Item {
    id: hint

    required property bool shown
    required property string text

    height: Theme.px(150)
    opacity: shown ? 1 : 0
    visible: opacity > 0

    Behavior on opacity { NumberAnimation { duration: Theme.transitionMs } }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: "#00F7FAFA" }
            GradientStop { position: 0.6; color: Theme.background }
        }
    }
    Text {
        textFormat: Text.PlainText
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.px(16)
        text: hint.text + "  \u2193"
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
}
