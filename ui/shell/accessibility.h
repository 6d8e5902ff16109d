#pragma once
// Names for screen readers where Qt cannot find them by itself.

class QLabel;
class QString;
class QWidget;

namespace cv::ui {

/// A form label's text as a name: without the '&' of its shortcut, the trailing ':' and the required mark '*'.
QString accessibleTextOf(const QString &labelText);

/// Makes `label` the buddy of `field` and names `field` after it. Qt reads a buddy's text as the name only when
/// the label and the field are siblings; a field inside a box (with its error line, a button beside it) is not,
/// so it gets the label's text as its accessible name too. Call it again after the label's text changes
/// (language switch).
void nameAfterLabel(QWidget *field, QLabel *label);

/// Makes Tab and Shift+Tab leave `widget` for the next (previous) control. A date edit otherwise takes Tab for its
/// day, month and year, and keeps it for good while it shows its special value ("Any").
void letTabLeave(QWidget *widget);

} // namespace cv::ui
