import QtQuick

// "Approved use" or "Research only: not an approved use", impossible to miss.
Rectangle {
    id: badge

    required property bool research
    required property string text

    visible: text !== ""  // information pages are about no use, so they have no badge
    implicitWidth: label.implicitWidth + 2 * Theme.spacing
    implicitHeight: label.implicitHeight + Theme.spacing
    radius: height / 2
    color: research ? Theme.research : Theme.accentSoft
    border.color: research ? Theme.researchInk : Theme.accent
    border.width: Theme.px(2)

    Text {
        textFormat: Text.PlainText
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, badge.parent ? badge.parent.width - 2 * Theme.spacing : implicitWidth)
        text: badge.text
        wrapMode: Text.WordWrap
        color: badge.research ? Theme.researchInk : Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
}
