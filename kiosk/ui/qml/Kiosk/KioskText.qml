import QtQuick

// Words as the kiosk shows them. Plain text, so words from the content file are never read
// as markup: no link or picture can reach the screen (only RichBlocks asks for StyledText,
// on words kiosk/pages has escaped). No font family here: every text takes the application
// font, which kiosk/ui/window.py sets once from Theme.fontFamily before the window is built.
// tests/ui/test_text_items.py checks both on the live items of every screen.
Text {
    textFormat: Text.PlainText
    color: Theme.ink
    font.pixelSize: Theme.bodySize
}
