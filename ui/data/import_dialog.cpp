#include "ui/data/import_dialog.h"

#include "photo/qt_images.h"
#include "ui/core/image_list_model.h"
#include "ui/core/import_session.h"
#include "ui/widgets/image_grid.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace catnet::ui {

namespace {

constexpr int kPreviewLimit = 400; // thumbnails made for the preview; the rest are counted

// A line edit with a Browse… button beside it.
QWidget* withBrowse(QLineEdit* field, QPushButton* browse) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    return row;
}

} // namespace

ImportDialog::ImportDialog(QWidget* parent) : QDialog(parent), session_(new ImportSession(this)) {
    setWindowTitle(tr("New data set from folders"));
    const auto field = [this](const char* name, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    cats_ = field("importCatsEdit", tr("a folder of cat photos"));
    nonCats_ = field("importNonCatsEdit", tr("a folder of photos without cats"));
    output_ = field("importOutputEdit", tr("where train_catvnoncat.h5 and test_catvnoncat.h5 go"));
    auto* browseCats = new QPushButton(tr("Browse…"), this);
    auto* browseNonCats = new QPushButton(tr("Browse…"), this);
    auto* browseOutput = new QPushButton(tr("Browse…"), this);
    auto* browseBoth = new QPushButton(tr("One folder with cat/ and non-cat/ inside…"), this);
    connect(browseCats, &QPushButton::clicked, this, [this] { chooseFolder(cats_, tr("Cat photos")); });
    connect(browseNonCats, &QPushButton::clicked, this, [this] { chooseFolder(nonCats_, tr("Photos without cats")); });
    connect(browseOutput, &QPushButton::clicked, this, [this] { chooseFolder(output_, tr("Write the data set to")); });
    connect(browseBoth, &QPushButton::clicked, this, &ImportDialog::chooseParentFolder);

    testShare_ = new QSpinBox(this);
    testShare_->setObjectName("importTestShareSpin");
    testShare_->setRange(1, 90);
    testShare_->setValue(20);
    testShare_->setSuffix(tr(" %"));
    testShare_->setToolTip(tr("The share of each class set aside for testing (the course: about 20%)"));
    seed_ = new QSpinBox(this);
    seed_->setObjectName("importSeedSpin");
    seed_->setRange(0, 2'147'483'647);
    seed_->setValue(1);
    seed_->setToolTip(tr("Each class is shuffled with this seed before the split (numpy's permutation)"));
    withCourse_ = new QCheckBox(tr("Add the course's 209 + 50 images, keeping their split"), this);
    withCourse_->setObjectName("importWithCourseCheck");
    withCourse_->setEnabled(false);

    import_ = new QPushButton(tr("&Import"), this);
    import_->setObjectName("importButton");
    import_->setDefault(true);
    stop_ = new QPushButton(tr("&Stop"), this);
    stop_->setObjectName("importStopButton");
    stop_->setEnabled(false);
    progress_ = new QProgressBar(this);
    progress_->setObjectName("importProgress");
    progress_->setFormat(tr("%v of %m photos"));
    status_ = new QLabel(this);
    status_->setObjectName("importStatus");
    status_->setWordWrap(true);
    report_ = new QPlainTextEdit(this);
    report_->setObjectName("importReport");
    report_->setReadOnly(true);
    report_->setPlaceholderText(tr("Files that could not be read, and duplicates, are listed here."));
    report_->setMaximumHeight(120);
    preview_ = new ImageListModel(this);
    grid_ = makeImageGrid(this, preview_);
    grid_->setObjectName("importPreview");

    auto* form = new QFormLayout;
    form->addRow(tr("&Cat photos:"), withBrowse(cats_, browseCats));
    form->addRow(tr("&Non-cat photos:"), withBrowse(nonCats_, browseNonCats));
    form->addRow(QString(), browseBoth);
    form->addRow(tr("&Write to:"), withBrowse(output_, browseOutput));
    form->addRow(tr("&Test share:"), testShare_);
    form->addRow(tr("S&eed:"), seed_);
    form->addRow(QString(), withCourse_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(import_);
    buttons->addWidget(stop_);
    buttons->addWidget(progress_, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(report_);
    layout->addWidget(grid_, 1);
    layout->addWidget(close);
    resize(760, 640);

    connect(import_, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(stop_, &QPushButton::clicked, session_, &ImportSession::stop);
    connect(session_, &ImportSession::progress, this, [this](int done, int total) {
        progress_->setRange(0, std::max(total, 1));
        progress_->setValue(done);
    });
    connect(session_, &ImportSession::finished, this, &ImportDialog::showResult);
}

void ImportDialog::setClassFolders(const QString& cats, const QString& nonCats) {
    cats_->setText(QDir::toNativeSeparators(cats));
    nonCats_->setText(QDir::toNativeSeparators(nonCats));
}

void ImportDialog::setCourseFolder(std::optional<std::filesystem::path> folder) {
    courseFolder_ = std::move(folder);
    withCourse_->setEnabled(courseFolder_.has_value());
    withCourse_->setToolTip(courseFolder_ ? tr("From %1").arg(QString::fromStdString(courseFolder_->string()))
                                          : tr("Open the course's data first"));
}

void ImportDialog::chooseFolder(QLineEdit* field, const QString& title) {
    const QString folder = QFileDialog::getExistingDirectory(this, title, field->text());
    if (!folder.isEmpty())
        field->setText(folder);
}

void ImportDialog::chooseParentFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("A folder with cat/ and non-cat/ inside"));
    if (folder.isEmpty())
        return;
    try {
        const auto [cats, nonCats] = findClassFolders(folder.toStdString());
        cats_->setText(QString::fromStdString(cats.string()));
        nonCats_->setText(QString::fromStdString(nonCats.string()));
    } catch (const std::exception& e) {
        status_->setStyleSheet(kProblemStyle);
        status_->setText(QString::fromStdString(e.what()));
    }
}

bool ImportDialog::startImport() {
    status_->setStyleSheet(QString());
    const auto refuse = [this](const QString& why) {
        status_->setStyleSheet(kProblemStyle);
        status_->setText(why);
        return false;
    };
    if (cats_->text().trimmed().isEmpty() || nonCats_->text().trimmed().isEmpty())
        return refuse(tr("Choose a folder of cat photos and one of non-cat photos."));
    const QFileInfo output(output_->text().trimmed());
    if (output_->text().trimmed().isEmpty() || (output.exists() && !output.isDir()))
        return refuse(tr("Choose a folder to write the data set to (it is created when missing)."));
    ImportOptions options;
    options.cats = cats_->text().trimmed().toStdString();
    options.nonCats = nonCats_->text().trimmed().toStdString();
    options.testFraction = testShare_->value() / 100.0;
    options.seed = std::uint32_t(seed_->value());
    if (withCourse_->isChecked() && courseFolder_)
        options.withCourse = courseFolder_;
    if (!session_->start(std::move(options), output_->text().trimmed().toStdString()))
        return refuse(tr("An import is already running."));
    report_->clear();
    preview_->setItems({});
    status_->setText(tr("Reading the photos…"));
    import_->setEnabled(false);
    stop_->setEnabled(true);
    return true;
}

void ImportDialog::showResult(bool stopped, const QString& error) {
    import_->setEnabled(true);
    stop_->setEnabled(false);
    if (!error.isEmpty() || stopped) {
        status_->setStyleSheet(kProblemStyle);
        status_->setText(stopped ? tr("Stopped: nothing was written.") : tr("Not imported: %1").arg(error));
        return;
    }
    const ImportResult& result = *session_->result();
    // "1 cat + 4 non-cats": English needs the singular (there is no English translation).
    const auto classes = [](const std::vector<ImportedImage>& images) {
        const int cats = int(std::count_if(images.begin(), images.end(), [](const ImportedImage& i) { return i.label == 1; }));
        const int nonCats = int(images.size()) - cats;
        return tr("%1 + %2").arg(cats == 1 ? tr("1 cat") : tr("%1 cats").arg(cats),
                                 nonCats == 1 ? tr("1 non-cat") : tr("%1 non-cats").arg(nonCats));
    };
    status_->setText(tr("Wrote %1: training %2, test %3; %4 file(s) skipped, %5 group(s) of duplicates.")
                         .arg(QDir::toNativeSeparators(output_->text().trimmed()), classes(result.train),
                              classes(result.test))
                         .arg(result.skipped.size())
                         .arg(result.duplicates.size()));
    QStringList lines;
    for (const SkippedFile& skipped : result.skipped)
        lines << tr("skipped %1: %2").arg(QString::fromStdString(skipped.file.string()),
                                          QString::fromStdString(skipped.reason));
    for (const auto& group : result.duplicates) {
        QStringList sources;
        for (const std::string& source : group)
            sources << QString::fromStdString(source);
        lines << tr("identical 64×64 images: %1").arg(sources.join(", "));
    }
    report_->setPlainText(lines.join('\n'));
    // What went where: each image as the network sees it, captioned with its split and class.
    std::vector<ImageListModel::Item> items;
    for (const auto& [split, origins, name] : {std::tuple{&result.data.train, &result.train, tr("train")},
                                               std::tuple{&result.data.test, &result.test, tr("test")}})
        for (Eigen::Index i = 0; i < split->count() && int(items.size()) < kPreviewLimit; ++i) {
            const ImportedImage& origin = (*origins)[std::size_t(i)];
            items.push_back({imageFromNetworkInput(split->image(i)),
                             tr("%1 · %2").arg(name, origin.label ? tr("cat") : tr("non-cat")),
                             QString::fromStdString(origin.source), int(i), {}});
        }
    preview_->setItems(std::move(items));
    emit datasetWritten(output_->text().trimmed());
}

} // namespace catnet::ui
