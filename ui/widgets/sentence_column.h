#pragma once

class QTableView;

namespace catnet::ui {

// Keeps a table's column of sentences (word-wrapped) readable: it takes the width the
// other columns leave, but never less than `minimumWidth`; below that the table scrolls
// sideways instead of wrapping each sentence into a tall column of single words (the
// labs' "What happened" at 800 × 600). Rows are refitted to their text as it changes.
void keepSentenceColumnReadable(QTableView* table, int column, int minimumWidth);

} // namespace catnet::ui
