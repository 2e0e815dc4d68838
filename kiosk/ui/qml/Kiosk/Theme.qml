pragma Singleton
import QtQuick

// Every size, colour and font of the kiosk. Sizes are given for a 1080-pixel short side
// (a 24-inch 1080p panel in either orientation) and scale with the screen through `unit`.
QtObject {
    // Set by Main: the screen's short side / 1080.
    property real unit: 1
    // Set by Main: 1, or the content's large_text_scale in large-text mode.
    property real textScale: 1

    function px(size: real): int { return Math.round(size * unit) }
    function textPx(size: real): int { return Math.round(size * unit * textScale) }

    // Touch: 20 mm on a 24-inch 1080p panel is about 80 px (KIOSK-FACTS); we use 96.
    readonly property int touchTarget: px(96)
    readonly property int spacing: px(24)
    readonly property int margin: px(48)
    readonly property int radius: px(20)
    readonly property int barHeight: px(132)
    readonly property int tileMinWidth: px(460)
    readonly property int pictureHeight: px(240)
    readonly property int readingWidth: px(980)
    readonly property int transitionMs: 220

    // Text: body at least 32 px at 1080p.
    readonly property string fontFamily: "DejaVu Sans"
    readonly property int bodySize: textPx(34)
    readonly property int smallSize: textPx(30)
    readonly property int headingSize: textPx(44)
    readonly property int titleSize: textPx(60)
    readonly property int buttonSize: textPx(32)

    // Colours: text on background is at least 4.5:1 everywhere (WCAG 1.4.3; tests/ui/test_theme.py).
    readonly property color background: "#F7FAFA"
    readonly property color surface: "#FFFFFF"
    readonly property color ink: "#1B2B36"          // 14.5:1 on surface
    readonly property color inkSoft: "#3D5261"      // 8.1:1 on surface
    readonly property color accent: "#1F6E6A"       // 6.0:1 on surface; white on it 6.0:1
    readonly property color accentPressed: "#14504D"
    readonly property color accentSoft: "#E3F1F0"
    readonly property color line: "#C9D8DC"
    readonly property color research: "#FFE7BF"
    readonly property color researchInk: "#5C3400"  // 9.0:1 on research
    readonly property color safety: "#FFF1EE"
    readonly property color safetyInk: "#7A1F10"    // 9.4:1 on safety
    readonly property color scrim: "#B31B2B36"
}
