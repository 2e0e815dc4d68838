pragma ComponentBehavior: Bound
import QtQuick
import Kiosk.Models

// One topic, top to bottom: picture, title, status, sections, safety, whom to ask, sources.
// Scrolls by flicking; a swipe to the right goes back.
// Opaque, so that it can slide over the page beneath without a fade.
Rectangle {
    id: page

    required property KioskSession session
    readonly property var topic: session.topic
    readonly property int readingWidth: Math.min(width - 2 * Theme.margin, Theme.readingWidth * Theme.textScale)

    objectName: "topicPage"
    color: Theme.background

    Flickable {
        id: flick
        objectName: "topicFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        // A swipe to the right, anywhere on the page, goes back. It lives inside the
        // Flickable so that it sees the touch before the Flickable takes it. A drag the
        // Flickable takes over (a scroll) is cancelled here and never counts as a swipe.
        DragHandler {
            id: swipe
            property bool cancelled: false
            property point moved
            target: null
            yAxis.enabled: false
            onCanceled: cancelled = true
            // activeTranslation leaves out the disabled y axis: measure the finger itself.
            onCentroidChanged: {
                if (active)
                    moved = Qt.point(centroid.scenePosition.x - centroid.scenePressPosition.x,
                                     centroid.scenePosition.y - centroid.scenePressPosition.y)
            }
            onActiveChanged: {
                if (active) {
                    cancelled = false
                    moved = Qt.point(0, 0)
                } else if (!cancelled && moved.x > Theme.px(160) && moved.x > 2 * Math.abs(moved.y)) {
                    page.session.goBack()
                }
            }
        }

        Column {
            id: column
            x: (page.width - width) / 2
            y: Theme.margin
            width: page.readingWidth
            spacing: Theme.spacing

            TopicHeader {
                width: parent.width
                topic: page.topic
                wide: page.width > page.height
            }
            // The header above shows at once; the rest is built over the next frames,
            // so a tap is answered within a frame even on a long page.
            Loader {
                id: bodyLoader
                objectName: "topicBody"
                width: parent.width
                asynchronous: true
                sourceComponent: TopicBody {
                    width: bodyLoader.width
                    topic: page.topic
                    words: page.session.words
                }
            }
        }
    }

    MoreBelowHint {
        flick: flick
        text: page.session.words.more_below
    }
}
