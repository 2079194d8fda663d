#include "ui/widgets/sentence_column.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace catnet::ui {

namespace {

class SentenceColumnFitter : public QObject {
public:
    SentenceColumnFitter(QTableView* table, int column, int minimumWidth)
        : QObject(table), table_(table), column_(column), minimumWidth_(minimumWidth) {
        QHeaderView* header = table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        table->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, [this](int section) {
            if (section != column_)
                fit();
        });
    }

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Resize)
            fit();
        return QObject::eventFilter(watched, event);
    }

private:
    void fit() {
        QHeaderView* header = table_->horizontalHeader();
        int others = 0;
        for (int section = 0; section < header->count(); ++section)
            if (section != column_ && !header->isSectionHidden(section))
                others += header->sectionSize(section);
        const int width = std::max(minimumWidth_, table_->viewport()->width() - others);
        if (header->sectionSize(column_) != width) {
            header->resizeSection(column_, width);
            table_->resizeRowsToContents();
        }
    }

    QTableView* table_;
    int column_, minimumWidth_;
};

} // namespace

void keepSentenceColumnReadable(QTableView* table, int column, int minimumWidth) {
    new SentenceColumnFitter(table, column, minimumWidth);
}

} // namespace catnet::ui
