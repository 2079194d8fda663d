#pragma once

#include <QImage>
#include <QWidget>

class QLabel;

namespace catnet::ui {

// The box beside a map of images (the Projector's points, the decision surface) that shows
// the image under the mouse, enlarged, and a few lines about it; a prompt until then.
class HoverImageBox : public QWidget {
    Q_OBJECT
public:
    // `textName`: the object name of its text (tests read it).
    HoverImageBox(const QString& prompt, const QString& textName, QWidget* parent = nullptr);

    void showImage(const QImage& image, const QString& text);
    QString text() const;

private:
    QLabel* image_;
    QLabel* text_;
};

// A label and its field kept side by side (a FlowLayout wraps between such pairs, never
// inside one); the label's mnemonic goes to the field.
QWidget* labelledField(QLabel* label, QWidget* field);

} // namespace catnet::ui
