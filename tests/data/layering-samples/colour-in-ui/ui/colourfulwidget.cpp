// A deliberate violation per rule of tests/support/checkcolours.cmake (its negative case, colours_from_theme_catches).
label->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>"));
item->setForeground(QColor(0xb2, 0x6a, 0x00));
item->setForeground(QColor("orange"));
pen.setColor(Qt::darkGray);
note->setStyleSheet(QStringLiteral("color: palette(dark);"));
chip->setStyleSheet(QStringLiteral("QLabel { border-radius: 8px; color: white; }"));
// Allowed: sizes and spacing, and a transparent background.
list->setStyleSheet(QStringLiteral("QListWidget { background: transparent; padding: 3px; }"));
label->setText(tr("Request #123 is done"));
swatch->setColor(QStringLiteral("#1f2d3d"));
