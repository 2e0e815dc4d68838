import QtQuick

// The clinic's logo and name, and the one-line welcome.
Row {
    id: header

    required property var clinic

    spacing: Theme.spacing

    Image {
        id: logo
        width: Theme.px(150)
        height: width
        source: header.clinic.logo.source
        sourceSize.width: width
        visible: header.clinic.logo.source !== ""
        Accessible.name: header.clinic.logo.alt
    }
    Column {
        width: header.width - (logo.visible ? logo.width + header.spacing : 0)
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.px(8)

        KioskText {
            width: parent.width
            text: header.clinic.name
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            font.pixelSize: Theme.titleSize
            font.bold: true
        }
        KioskText {
            objectName: "welcome"
            width: parent.width
            text: header.clinic.welcome
            wrapMode: Text.WordWrap
            color: Theme.inkSoft
        }
    }
}
