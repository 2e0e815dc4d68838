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

    // Set by Main: the screen's pixels per millimetre (0 if the screen does not say).
    property real pixelsPerMm: 0

    // Touch: 20 mm on a 24-inch 1080p panel is about 80 px (KIOSK-FACTS); we use 96, and
    // never less than 20 mm on a small dense screen, where scaling by pixels would shrink it.
    // Only a plausible density counts: some TVs report their aspect ratio (16 x 9 cm) as
    // their size, which would make every button several times too big.
    readonly property bool densityPlausible: pixelsPerMm >= 2 && pixelsPerMm <= 8
    readonly property int touchTarget: Math.max(px(96), densityPlausible ? Math.round(20 * pixelsPerMm) : 0)
    readonly property int spacing: px(24)
    readonly property int margin: px(48)
    readonly property int radius: px(20)
    readonly property int barHeight: px(132)
    // Grows with the text, so large text on a narrow screen gets one tile a row, not words cut in two.
    readonly property int tileMinWidth: Math.round(px(460) * textScale)
    readonly property int pictureHeight: px(240)
    readonly property int readingWidth: px(980)
    // Not readonly only so that tests which look at screens at rest can leave the slides
    // out (tests/ui/scenes.py, still()); the kiosk itself never sets it.
    property int transitionMs: 220

    // Staff screens. The hidden corner is larger than a finger so a hold finds it; keypad
    // keys are larger than touchTarget because a PIN is typed quickly, standing.
    readonly property int staffCorner: px(144)
    readonly property int keypadKey: px(120)
    readonly property int pinDot: px(28)
    readonly property int staffCardWidth: px(960)
    // The idle prompt's card grows with the text, so large words still fit on few lines.
    readonly property int promptCardWidth: textPx(900)
    readonly property int countdownSize: px(300)

    // Text: body at least 32 px at 1080p. The family is the application's font (set from
    // here by kiosk/ui/window.py), so no text names it.
    readonly property string fontFamily: "DejaVu Sans"
    readonly property int bodySize: textPx(34)
    readonly property int smallSize: textPx(30)
    readonly property int headingSize: textPx(44)
    readonly property int categorySize: textPx(50)
    readonly property int titleSize: textPx(60)
    readonly property int buttonSize: textPx(32)

    // Set by Main: the patient asked for high contrast (the control beside A+).
    property bool highContrast: false

    // Colours. Normal: text on background is at least 4.5:1 everywhere (WCAG 1.4.3).
    // High contrast: at least 7:1 (WCAG 1.4.6), light on black: the way the high-contrast
    // modes of Windows and of phones do it, so a patient who uses one at home finds it
    // here; a black screen also glares least for eyes that are sensitive to light. Yellow
    // marks what can be touched. Both are measured on every screen (tests/ui/test_theme.py).
    readonly property color background: highContrast ? "#000000" : "#F7FAFA"
    // The background, fully transparent.
    readonly property color backgroundClear: highContrast ? "#00000000" : "#00F7FAFA"
    readonly property color surface: highContrast ? "#0F0F0F" : "#FFFFFF"
    readonly property color ink: highContrast ? "#FFFFFF" : "#1B2B36"          // 14.5:1 on surface; HC 19.6:1
    readonly property color inkSoft: highContrast ? "#E8E8E8" : "#3D5261"      // 8.1:1 on surface; HC 16:1
    readonly property color accent: highContrast ? "#FFE45C" : "#1F6E6A"       // 6.0:1 on surface; HC 15.4:1
    // Text on an accent fill (not "onAccent": QML reads on + capital as a signal handler).
    readonly property color accentInk: highContrast ? "#000000" : "#FFFFFF"    // on accent: 6.0:1; HC 16.5:1
    readonly property color accentPressed: highContrast ? "#FFFFFF" : "#14504D"
    readonly property color accentSoft: highContrast ? "#2B2600" : "#E3F1F0"
    readonly property color line: highContrast ? "#A6A6A6" : "#C9D8DC"         // HC 8.6:1: edges seen
    readonly property color research: highContrast ? "#3A2600" : "#FFE7BF"
    readonly property color researchInk: highContrast ? "#FFD591" : "#5C3400"  // 9.0:1 on research; HC 10.4:1
    readonly property color safety: highContrast ? "#3D0B06" : "#FFF1EE"
    readonly property color safetyInk: highContrast ? "#FFC2B8" : "#7A1F10"    // 9.4:1 on safety; HC 10.9:1
    // The ring round the control a key moved to (WCAG 2.4.7 and 2.4.13: at least 3:1
    // against what it sits on; orange 5.2:1 on the background, cyan 14:1 on black), in a
    // colour no control otherwise has, so it is the one thing that moved.
    readonly property color focusRing: highContrast ? "#00E5FF" : "#B83E00"
    readonly property int focusWidth: px(6)
    readonly property color scrim: highContrast ? "#E6000000" : "#B31B2B36"
    readonly property color cleaningBackground: "#0B1620"
    readonly property color cleaningInk: "#FFFFFF"  // 18:1 on cleaningBackground
}
