import QtQuick

// "Approved use" or "Research only: not an approved use", impossible to miss.
// No badge at all on information pages (the text is empty).
Rectangle {
    id: badge

    required property bool research
    required property string text
    required property real maxWidth

    visible: text !== ""
    width: Math.min(label.implicitWidth + 2 * Theme.spacing, maxWidth)
    height: label.height + Theme.spacing
    radius: Math.min(height / 2, Theme.radius * 2)
    color: research ? Theme.research : Theme.accentSoft
    border.color: research ? Theme.researchInk : Theme.accent
    border.width: Theme.px(2)

    KioskText {
        id: label
        anchors.centerIn: parent
        width: badge.width - 2 * Theme.spacing
        text: badge.text
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        horizontalAlignment: Text.AlignHCenter
        color: badge.research ? Theme.researchInk : Theme.accent
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
}
