// Deliberate violations for the ui_texts_written_with_care negative case: one line per rule.
void sample()
{
    chip->setToolTip(tr("Show only %1 requests").arg(RequestLabels::status(status).toLower()));
    button->setText(tr("Approve selected..."));
    chip->setText(tr("All  %1").arg(total));
    back->setText(tr("< All cases"));
    dialog->setWindowTitle(tr("Enrol in agreement"));
    label->setText(tr("⚠ %1 conflicts").arg(conflicts));
    summary->setText(tr("%n problem(s) found", nullptr, problems));
    status->setText(tr("%n match(es)", nullptr, count));
}
