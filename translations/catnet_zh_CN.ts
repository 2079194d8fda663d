<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CourseTour</name>
    <message>
        <source>1. The data</source>
        <translation>1. 数据</translation>
    </message>
    <message>
        <source>&lt;p&gt;The course&apos;s data set holds 64×64 colour photos labelled cat (1) or non-cat (0): 209 to learn from and 50 to test on. Each photo is 64 × 64 pixels × 3 colours.&lt;/p&gt;&lt;p&gt;Before the network sees them, each photo is flattened into one column of 12,288 numbers and divided by 255, so the training set becomes a matrix with one column per image.&lt;/p&gt;</source>
        <translation>&lt;p&gt;课程的数据集包含 64×64 的彩色照片，标记为猫 (1) 或非猫 (0)：209 张用于学习，50 张用于测试。每张照片是 64 × 64 像素 × 3 个颜色通道。&lt;/p&gt;&lt;p&gt;在送入网络之前，每张照片被展平为一列 12,288 个数，再除以 255，于是训练集成为一个矩阵，每张图像占一列。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the data</source>
        <translation>查看数据</translation>
    </message>
    <message>
        <source>&lt;p&gt;train_x_orig shape: (209, 64, 64, 3)&lt;br&gt;train_x&apos;s shape: (12288, 209)&lt;br&gt;test_x&apos;s shape: (12288, 50)&lt;br&gt;index = 7: y = 1. It&apos;s a cat picture.&lt;/p&gt;</source>
        <translation>&lt;p&gt;train_x_orig shape: (209, 64, 64, 3)&lt;br&gt;train_x&apos;s shape: (12288, 209)&lt;br&gt;test_x&apos;s shape: (12288, 50)&lt;br&gt;index = 7：y = 1，这是一张猫的图片。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>2. A 2-layer network</source>
        <translation>2. 两层神经网络</translation>
    </message>
    <message>
        <source>Set up and train the 2-layer model</source>
        <translation>设置并训练两层模型</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cost after iteration 0: 0.693050&lt;br&gt;Cost after iteration 2400: 0.048555&lt;br&gt;Train accuracy: 100%&lt;br&gt;Test accuracy: 72%&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cost after iteration 0: 0.693050&lt;br&gt;Cost after iteration 2400: 0.048555&lt;br&gt;训练准确率：100%&lt;br&gt;测试准确率：72%&lt;/p&gt;</translation>
    </message>
    <message>
        <source>3. An L-layer network</source>
        <translation>3. L 层神经网络</translation>
    </message>
    <message>
        <source>Set up and train the L-layer model</source>
        <translation>设置并训练 L 层模型</translation>
    </message>
    <message>
        <source>&lt;p&gt;Cost after iteration 0: 0.771749&lt;br&gt;Cost after iteration 2400: 0.092878&lt;br&gt;Train accuracy: 98.6% (206/209)&lt;br&gt;Test accuracy: 80% (40/50)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cost after iteration 0: 0.771749&lt;br&gt;Cost after iteration 2400: 0.092878&lt;br&gt;训练准确率：98.6% (206/209)&lt;br&gt;测试准确率：80% (40/50)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>4. What it gets wrong</source>
        <translation>4. 它分错了什么</translation>
    </message>
    <message>
        <source>&lt;p&gt;The Mislabeled tab shows the test images the L-layer model labels wrongly. The course lists what they tend to have in common:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;the cat&apos;s body in an unusual position&lt;/li&gt;&lt;li&gt;a background of the same colour as the cat&lt;/li&gt;&lt;li&gt;an unusual cat colour or species&lt;/li&gt;&lt;li&gt;the camera angle&lt;/li&gt;&lt;li&gt;the brightness of the picture&lt;/li&gt;&lt;li&gt;the scale: the cat is very large or very small in the picture&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Turn on the saliency view to see which pixels made the network decide.&lt;/p&gt;</source>
        <translation>&lt;p&gt;“分错的图像”标签页显示 L 层模型标记错误的测试图像。课程列出了它们的共同点：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;猫身处于异常位置&lt;/li&gt;&lt;li&gt;图片背景与猫颜色类似&lt;/li&gt;&lt;li&gt;猫的种类和颜色稀有&lt;/li&gt;&lt;li&gt;相机角度&lt;/li&gt;&lt;li&gt;图片的亮度&lt;/li&gt;&lt;li&gt;比例变化（猫的图像很大或很小）&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;打开显著性视图，看看是哪些像素让网络做出了判断。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the mislabeled images</source>
        <translation>查看分错的图像</translation>
    </message>
    <message>
        <source>&lt;p&gt;10 of the 50 test images are mislabeled by the L-layer model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L 层模型把 50 张测试图像中的 10 张分错了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>5. Your own image</source>
        <translation>5. 你自己的图像</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now ask the network about a photo of your own: drop it anywhere on the window, or open it on the Predict tab. It is resized to 64×64 pixels, as the training images were, and the current run says how sure it is that it shows a cat.&lt;/p&gt;&lt;p&gt;Try a cat in an unusual pose, or a dog: the mislabeled images tell you where it will struggle.&lt;/p&gt;</source>
        <translation>&lt;p&gt;现在拿你自己的照片来问问网络：把它拖放到窗口的任意位置，或在“预测”标签页中打开。它会像训练图像一样被缩放到 64×64 像素，当前运行会告诉你它有多确定这是一只猫。&lt;/p&gt;&lt;p&gt;试试姿势奇特的猫，或者一只狗：分错的图像会告诉你它在哪里容易出错。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Predict tab</source>
        <translation>打开“预测”标签页</translation>
    </message>
    <message>
        <source>&lt;p&gt;A verdict such as &quot;cat — 93.2% sure&quot;, the 64×64 input the network saw, and the pixels that made it say so.&lt;/p&gt;</source>
        <translation>&lt;p&gt;一个判断，例如“猫 — 93.2% 确定”，网络看到的 64×64 输入，以及让它这样判断的像素。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first model is %1 with %2 hidden units: layer sizes %3, small random weights (× 0.01), learning rate 0.0075, 2,500 iterations of gradient descent.&lt;/p&gt;&lt;p&gt;Watch the cost fall on the Training tab. The network learns the training set perfectly but gets only about three test images in four right: it overfits.&lt;/p&gt;</source>
        <translation>&lt;p&gt;第一个模型是 %1，有 %2 个隐藏单元：各层大小 %3，较小的随机权重（× 0.01），学习率 0.0075，梯度下降 2,500 次迭代。&lt;/p&gt;&lt;p&gt;在“训练”标签页上观察成本下降。网络把训练集学得完美无缺，但测试图像只能认对大约四分之三：它过拟合了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The deeper model stacks %1: sizes %2, weights scaled by 1/√n (lecun), the same learning rate and iterations.&lt;/p&gt;&lt;p&gt;With more layers it generalizes better: 80% of the test images right, against 72% for the 2-layer model.&lt;/p&gt;</source>
        <translation>&lt;p&gt;更深的模型堆叠 %1：各层大小 %2，权重按 1/√n 缩放（lecun），学习率和迭代次数相同。&lt;/p&gt;&lt;p&gt;层数更多，泛化也更好：测试图像认对 80%，两层模型只有 72%。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>&lt;h3&gt;Quick start&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Data.&lt;/b&gt; catnet opens the course&apos;s &lt;i&gt;train_catvnoncat.h5&lt;/i&gt; and &lt;i&gt;test_catvnoncat.h5&lt;/i&gt; from &lt;i&gt;data/&lt;/i&gt; (or File → Open dataset folder…, Ctrl+O): 209 training and 50 test images of 64×64 pixels.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Network.&lt;/b&gt; Pick a preset (Ctrl+2: the 2-layer model, Ctrl+5: the L-layer model) or type the layer sizes, e.g. &lt;i&gt;12288, 20, 7, 5, 1&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Train&lt;/b&gt; (Ctrl+R). The cost curve grows as it learns; Esc stops and keeps what was learned, F6 pauses, F10 runs one iteration and shows what happens inside it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Look.&lt;/b&gt; Train and test accuracy are under the buttons; the Mislabeled tab shows the test images it gets wrong; drop your own photo anywhere on the window to ask &quot;cat or not?&quot;.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;Learning rates&lt;/h3&gt;&lt;p&gt;The course uses &lt;b&gt;0.0075&lt;/b&gt;. Much smaller (0.0001) learns slowly: the curve falls a little and flattens. Larger (0.05 or more) can make the cost jump around or grow: catnet marks a run whose cost did not decrease (⚠), and stops one whose cost is no longer a number (diverged). Try a few in the Sweep tab and compare them on one heat map.&lt;/p&gt;&lt;p&gt;The chart: drag to zoom, double-click to see everything, click a legend entry to hide a curve, hover to read a point. Ctrl+Z undoes removing a run and changes to the form.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;快速入门&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;数据。&lt;/b&gt;catnet 从 &lt;i&gt;data/&lt;/i&gt; 打开课程的 &lt;i&gt;train_catvnoncat.h5&lt;/i&gt; 和 &lt;i&gt;test_catvnoncat.h5&lt;/i&gt;（或使用“文件 → 打开数据集文件夹…”，Ctrl+O）：209 张训练图像和 50 张测试图像，每张 64×64 像素。&lt;/li&gt;&lt;li&gt;&lt;b&gt;网络。&lt;/b&gt;选择一个预设（Ctrl+2：两层模型，Ctrl+5：L 层模型），或输入各层大小，例如 &lt;i&gt;12288, 20, 7, 5, 1&lt;/i&gt;。&lt;/li&gt;&lt;li&gt;&lt;b&gt;训练&lt;/b&gt;（Ctrl+R）。成本曲线随学习过程增长；Esc 停止并保留已学到的内容，F6 暂停，F10 运行一次迭代并显示其内部过程。&lt;/li&gt;&lt;li&gt;&lt;b&gt;观察。&lt;/b&gt;训练和测试准确率显示在按钮下方；“分错的图像”标签页显示它分错的测试图像；把你自己的照片拖放到窗口任意位置，问一问“是不是猫？”。&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;学习率&lt;/h3&gt;&lt;p&gt;课程使用 &lt;b&gt;0.0075&lt;/b&gt;。小得多（0.0001）时学得很慢：曲线下降一点后就变平。较大（0.05 或更大）时成本可能来回跳动甚至上升：catnet 会标记成本没有下降的运行（⚠），并停止成本不再是数的运行（发散）。在“扫描”标签页中试几个值，在一张热图上比较它们。&lt;/p&gt;&lt;p&gt;图表：拖动可缩放，双击可查看全部，点击图例项可隐藏曲线，悬停可读取某个点。Ctrl+Z 可撤销删除运行以及对表单的修改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;catnet %1&lt;/h3&gt;&lt;p&gt;Build, train and inspect the deep neural network of the course assignment &quot;deep neural network step by step&quot; on 64×64 cat / non-cat photos.&lt;/p&gt;&lt;p&gt;Qt %2, %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;catnet %1&lt;/h3&gt;&lt;p&gt;在 64×64 的猫 / 非猫照片上搭建、训练并观察课程作业“一步步搭建深度神经网络”中的深度神经网络。&lt;/p&gt;&lt;p&gt;Qt %2，%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>快速入门</translation>
    </message>
    <message>
        <source>About catnet</source>
        <translation>关于 catnet</translation>
    </message>
</context>
<context>
    <name>ProbabilityDisplay</name>
    <message>
        <source>Train a model or load one to get a prediction.</source>
        <translation>训练或加载一个模型以获得预测。</translation>
    </message>
    <message>
        <source>%1 — %2% sure  (model %3)</source>
        <translation>%1 — %2% 确定（模型 %3）</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>not a cat</source>
        <translation>不是猫</translation>
    </message>
    <message>
        <source>P(cat) = %1%</source>
        <translation>P(猫) = %1%</translation>
    </message>
    <message>
        <source>The 64 × 64 input the network actually sees, enlarged</source>
        <translation>网络实际看到的 64 × 64 输入（已放大）</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>There is no picture to capture yet.</source>
        <translation>还没有可以拍下的画面。</translation>
    </message>
    <message>
        <source>Choose a folder to capture into first.</source>
        <translation>请先选择保存拍摄画面的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot save the picture in %1: %2</source>
        <translation>无法在 %1 中保存图片：%2</translation>
    </message>
</context>
<context>
    <name>SaliencyKey</name>
    <message>
        <source>Saliency, each picture to its own largest |d P(cat) / d pixel|</source>
        <translation>显著性，每张图按其自身最大的 |d P(cat) / d 像素| 缩放</translation>
    </message>
    <message>
        <source>lowers P(cat)</source>
        <translation>降低 P(cat)</translation>
    </message>
    <message>
        <source>no effect</source>
        <translation>无影响</translation>
    </message>
    <message>
        <source>raises P(cat)</source>
        <translation>提高 P(cat)</translation>
    </message>
</context>
<context>
    <name>TrainedRun</name>
    <message>
        <source>1 iteration</source>
        <translation>1 次迭代</translation>
    </message>
    <message>
        <source>%1 iterations</source>
        <translation>%1 次迭代</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>运行中…</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>已加载</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped after %1</source>
        <translation>在 %1 后停止</translation>
    </message>
    <message>
        <source> — cost did not decrease: learning rate too large?</source>
        <translation> — 成本没有下降：学习率太大？</translation>
    </message>
    <message>
        <source> — no better than always answering the larger class: learning rate too large, or too few iterations?</source>
        <translation> — 并不比总是回答较多的那一类更好：学习率太大，还是迭代次数太少？</translation>
    </message>
    <message>
        <source> — not kept</source>
        <translation> — 未保留</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，用时 %2</translation>
    </message>
    <message>
        <source>%1 — %2 in %3</source>
        <translation>%1 — %2，用时 %3</translation>
    </message>
    <message>
        <source>[%1], lr %2, %3, %4 init, seed %5</source>
        <translation>[%1]，学习率 %2，%3，%4 初始化，种子 %5</translation>
    </message>
    <message>
        <source> — collapsed to the base rate: its cost settled where answering the share of cats for every picture does; learning rate too large?</source>
        <translation> — 塌缩到基准率：成本停在对每张图片都回答猫的比例时的水平；学习率太大？</translation>
    </message>
    <message>
        <source>diverged at iteration %1 — the cost stopped being a finite number: learning rate too large?</source>
        <translation>在第 %1 次迭代发散 — 成本不再是有限的数：学习率太大？</translation>
    </message>
    <message>
        <source>paused before iteration %1</source>
        <translation>已在第 %1 次迭代前暂停</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>the course&apos;s data</source>
        <translation>课程的数据</translation>
    </message>
    <message>
        <source>data not recorded</source>
        <translation>未记录数据</translation>
    </message>
    <message>
        <source>%1 (%2 + %3 images)</source>
        <translation>%1（%2 + %3 张图像）</translation>
    </message>
    <message>
        <source>The run is still training: export it once it ends.</source>
        <translation>这次运行还在训练：结束后再导出。</translation>
    </message>
    <message>
        <source>The notebook compares its numbers with the run&apos;s on the data it was trained on: open that data set first.</source>
        <translation>笔记本要在训练所用的数据上与这次运行的数值比较：请先打开那个数据集。</translation>
    </message>
    <message>
        <source>The notebook reads %1 and %2 from one folder, and the open data set does not come from such a folder.</source>
        <translation>笔记本从同一个文件夹读取 %1 和 %2，而当前打开的数据集并非来自这样的文件夹。</translation>
    </message>
    <message>
        <source>The report shows the run&apos;s numbers on the data it was trained on: open that data set first.</source>
        <translation>报告显示的是这次运行在训练所用数据上的数值：请先打开那个数据集。</translation>
    </message>
</context>
<context>
    <name>catnet</name>
    <message>
        <source>Choose the two files: the training file and the test file.</source>
        <translation>请选择两个文件：训练文件和测试文件。</translation>
    </message>
    <message>
        <source>No course data loaded: using %1 train / %2 test built-in shape images (File → Open dataset folder… loads the real ones)</source>
        <translation>未加载课程数据：正在使用内置的 %1 张训练 / %2 张测试形状图像（“文件 → 打开数据集文件夹…”可加载真实数据）</translation>
    </message>
    <message>
        <source>%1 train / %2 test images, 64×64×3, classes: %3, %4 — %5</source>
        <translation>%1 张训练 / %2 张测试图像，64×64×3，类别：%3、%4 — %5</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>non-cat</source>
        <translation>非猫</translation>
    </message>
</context>
<context>
    <name>catnet::ui::BatchPredictionModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>non-cat</source>
        <translation>非猫</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>没有模型</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>P(cat)</source>
        <translation>P(猫)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判断</translation>
    </message>
</context>
<context>
    <name>catnet::ui::BatchPredictionPanel</name>
    <message>
        <source>&amp;Open folder…</source>
        <translation>打开文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Predict every photo of a folder (Ctrl+Shift+P); dropping a folder or several photos on the window does the same</source>
        <translation>预测一个文件夹中的每张照片（Ctrl+Shift+P）；把文件夹或多张照片拖放到窗口上效果相同</translation>
    </message>
    <message>
        <source>All photos</source>
        <translation>所有照片</translation>
    </message>
    <message>
        <source>Cats (P &gt; 0.5)</source>
        <translation>猫（P &gt; 0.5）</translation>
    </message>
    <message>
        <source>Non-cats (P ≤ 0.5)</source>
        <translation>非猫（P ≤ 0.5）</translation>
    </message>
    <message>
        <source>Uncertain (0.4 ≤ P ≤ 0.6)</source>
        <translation>不确定（0.4 ≤ P ≤ 0.6）</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Write path, P(cat) and verdict of every photo</source>
        <translation>写出每张照片的路径、P(猫) 和判断</translation>
    </message>
    <message>
        <source>Open a folder of photos, or drop one on the window, to see what the current run thinks of each.</source>
        <translation>打开一个照片文件夹，或把它拖放到窗口上，看看当前运行对每张照片的判断。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>%1 photos: %2 cats, %3 non-cats, %4 unreadable · %5 shown</source>
        <translation>%1 张照片：%2 张猫，%3 张非猫，%4 张无法读取 · 显示 %5 张</translation>
    </message>
    <message>
        <source> · reading…</source>
        <translation> · 读取中…</translation>
    </message>
    <message>
        <source> · model %1</source>
        <translation> · 模型 %1</translation>
    </message>
    <message>
        <source> · train or load a model to predict</source>
        <translation> · 请训练或加载一个模型来预测</translation>
    </message>
    <message>
        <source>A folder of photos to classify</source>
        <translation>要分类的照片文件夹</translation>
    </message>
</context>
<context>
    <name>catnet::ui::CameraPanel</name>
    <message>
        <source>Which camera to use</source>
        <translation>使用哪个摄像头</translation>
    </message>
    <message>
        <source>&amp;Start camera</source>
        <translation>开启摄像头(&amp;S)</translation>
    </message>
    <message>
        <source>Turn the camera on or off; it is turned off when you leave this tab</source>
        <translation>开启或关闭摄像头；离开此标签页时会自动关闭</translation>
    </message>
    <message>
        <source>The camera&apos;s picture</source>
        <translation>摄像头的画面</translation>
    </message>
    <message>
        <source>The network&apos;s output for the newest picture, updated five times a second</source>
        <translation>网络对最新画面的输出，每秒更新五次</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Folder for cat pictures</source>
        <translation>猫图片的文件夹</translation>
    </message>
    <message>
        <source>Folder for non-cat pictures</source>
        <translation>非猫图片的文件夹</translation>
    </message>
    <message>
        <source>Capture as &amp;cat</source>
        <translation>拍下为猫(&amp;C)</translation>
    </message>
    <message>
        <source>Save the picture into the cat folder (Alt+1)</source>
        <translation>把画面保存到猫文件夹（Alt+1）</translation>
    </message>
    <message>
        <source>Capture as &amp;non-cat</source>
        <translation>拍下为非猫(&amp;N)</translation>
    </message>
    <message>
        <source>Save the picture into the non-cat folder (Alt+2)</source>
        <translation>把画面保存到非猫文件夹（Alt+2）</translation>
    </message>
    <message>
        <source>New data set from these folders…</source>
        <translation>用这两个文件夹新建数据集…</translation>
    </message>
    <message>
        <source>Open File → New data set from folders… with the two capture folders filled in</source>
        <translation>打开“文件 → 从文件夹新建数据集…”，并填好这两个拍摄文件夹</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Network input (64 × 64)</source>
        <translation>网络输入（64 × 64）</translation>
    </message>
    <message>
        <source>Cat pictures go to</source>
        <translation>猫图片保存到</translation>
    </message>
    <message>
        <source>Non-cat pictures go to</source>
        <translation>非猫图片保存到</translation>
    </message>
    <message>
        <source>Point the camera at a cat, or at anything else, and press Start.</source>
        <translation>把摄像头对准一只猫（或任何别的东西），然后按“开启”。</translation>
    </message>
    <message>
        <source>No camera was found on this machine. The rest of catnet does not need one; to classify your own pictures, drop photos on the window or use File → Predict image… / Predict folder…</source>
        <translation>这台机器上没有找到摄像头。catnet 的其他功能都不需要它；要给自己的图片分类，请把照片拖到窗口上，或使用“文件 → 预测图像… / 预测文件夹…”</translation>
    </message>
    <message>
        <source>The camera stopped: %1</source>
        <translation>摄像头已停止：%1</translation>
    </message>
    <message>
        <source>&amp;Stop camera</source>
        <translation>关闭摄像头(&amp;S)</translation>
    </message>
    <message>
        <source>Looking for a camera…</source>
        <translation>正在查找摄像头…</translation>
    </message>
    <message>
        <source>There is no picture yet: start the camera first</source>
        <translation>还没有画面：请先开启摄像头</translation>
    </message>
    <message>
        <source>Saved %1 (the first picture captured in this session)</source>
        <translation>已保存 %1（本次拍下的第一张图片）</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pictures captured in this session)</source>
        <translation>已保存 %1（本次共拍下 %2 张图片）</translation>
    </message>
</context>
<context>
    <name>catnet::ui::ChartView</name>
    <message>
        <source>%1 (log scale)</source>
        <translation>%1（对数刻度）</translation>
    </message>
</context>
<context>
    <name>catnet::ui::ConfusionPanel</name>
    <message>
        <source>said cat</source>
        <translation>判为猫</translation>
    </message>
    <message>
        <source>said non-cat</source>
        <translation>判为非猫</translation>
    </message>
    <message>
        <source>is cat</source>
        <translation>实为猫</translation>
    </message>
    <message>
        <source>is non-cat</source>
        <translation>实为非猫</translation>
    </message>
    <message>
        <source>Click a cell to see its images below</source>
        <translation>点击一个单元格，在下方查看其中的图像</translation>
    </message>
    <message>
        <source>An image counts as a cat where P(cat) &gt; T; the course uses 0.5</source>
        <translation>P(猫) &gt; T 时图像算作猫；课程使用 0.5</translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation>阈值(&amp;T)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training set&lt;/b&gt;</source>
        <translation>&lt;b&gt;训练集&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test set&lt;/b&gt;</source>
        <translation>&lt;b&gt;测试集&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The training set is %1% cats, the test set %2%: a lower threshold finds more cats (higher recall) and mistakes more non-cats for cats (lower precision).</source>
        <translation>训练集中猫占 %1%，测试集中占 %2%：阈值越低，找到的猫越多（召回率更高），也会把更多非猫误认成猫（精确率更低）。</translation>
    </message>
    <message>
        <source>Train a model (or select a run) to see its confusion matrix.</source>
        <translation>训练一个模型（或选择一次运行）以查看其混淆矩阵。</translation>
    </message>
    <message>
        <source>precision %1 · recall %2 · accuracy %3%</source>
        <translation>精确率 %1 · 召回率 %2 · 准确率 %3%</translation>
    </message>
</context>
<context>
    <name>catnet::ui::ContourView</name>
    <message>
        <source>Compute the landscape to see it here.</source>
        <translation>计算损失曲面后会显示在这里。</translation>
    </message>
    <message>
        <source>direction η</source>
        <translation>方向 η</translation>
    </message>
    <message>
        <source>direction δ</source>
        <translation>方向 δ</translation>
    </message>
    <message>
        <source>The training cost around the trained weights (the cross) along two random directions, scaled to each unit&apos;s weights: dark is low, light is high (valleys are dark); lines separate equal steps of log(cost)</source>
        <translation>训练后权重（十字）周围沿两个随机方向的训练成本，方向按每个单元的权重缩放：深色为低，浅色为高（谷底是深色）；等值线按 log(成本) 的等间距划分</translation>
    </message>
</context>
<context>
    <name>catnet::ui::CostChart</name>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>%1 (test)</source>
        <translation>%1（测试）</translation>
    </message>
    <message>
        <source>Cost per iteration: training set (solid) and test set (dashed)</source>
        <translation>每次迭代的成本：训练集（实线）和测试集（虚线）</translation>
    </message>
    <message>
        <source>Accuracy per iteration: training set (solid) and test set (dashed)</source>
        <translation>每次迭代的准确率：训练集（实线）和测试集（虚线）</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>accuracy (%)</source>
        <translation>准确率 (%)</translation>
    </message>
    <message>
        <source>The cross-entropy cost J of each run at every iteration; the dashed line is the same network&apos;s cost on the test set, which it never learns from. Drag to zoom, double-click to see everything, click a legend entry to hide or show a curve.</source>
        <translation>每次运行在每次迭代的交叉熵成本 J；虚线是同一网络在测试集（从不用于学习）上的成本。拖动可缩放，双击可查看全部，点击图例项可隐藏或显示曲线。</translation>
    </message>
    <message>
        <source>The share of images each run labels correctly (P(cat) &gt; 0.5), on the training set (solid) and the test set (dashed): a gap between them is overfitting</source>
        <translation>每次运行正确标记的图像比例（P(猫) &gt; 0.5），训练集（实线）和测试集（虚线）：两者之间的差距就是过拟合</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>成本 %1</translation>
    </message>
    <message>
        <source>accuracy %1%</source>
        <translation>准确率 %1%</translation>
    </message>
    <message>
        <source>%1%2
iteration %3 · %4</source>
        <translation>%1%2
迭代 %3 · %4</translation>
    </message>
    <message>
        <source> (test)</source>
        <translation>（测试）</translation>
    </message>
    <message>
        <source>base rate</source>
        <translation>基准率</translation>
    </message>
    <message>
        <source>Base rate: cost %1, what answering P(cat) = %2% for every picture costs (the training set&apos;s share of cats).
A run whose cost settles here has learned that share and nothing about the pictures: try a smaller learning rate.</source>
        <translation>基准率：成本 %1，即对每张图片都回答 P(cat) = %2%（训练集中猫的比例）时的成本。
成本停在这里的运行只学到了这个比例，对图片本身一无所知：请试试更小的学习率。</translation>
    </message>
    <message>
        <source>Base rate: accuracy %1%, what always answering the larger class scores (%2% of the training set are cats).</source>
        <translation>基准率：准确率 %1%，即总是回答较多的那一类时的得分（训练集中 %2% 是猫）。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::CourseTourPanel</name>
    <message>
        <source>&lt;b&gt;What you should see&lt;/b&gt;</source>
        <translation>&lt;b&gt;你应该看到的结果&lt;/b&gt;</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next →</source>
        <translation>下一步(&amp;N) →</translation>
    </message>
    <message>
        <source>Course tour · step %1 of %2</source>
        <translation>课程导览 · 第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Training image %1: y = %2, a %3 picture</source>
        <translation>训练图像 %1：y = %2，一张 %3 图片</translation>
    </message>
    <message>
        <source>The selected run is not this step&apos;s model: press the button above to train it.</source>
        <translation>选中的运行不是这一步的模型：请按上面的按钮训练它。</translation>
    </message>
    <message>
        <source>as in the course ✓</source>
        <translation>与课程一致 ✓</translation>
    </message>
    <message>
        <source>not the course&apos;s numbers: is the course&apos;s data set loaded (File → Open dataset folder…)?</source>
        <translation>与课程的数字不同：是否加载了课程的数据集（文件 → 打开数据集文件夹…）？</translation>
    </message>
    <message>
        <source>Your run: cost %1 after iteration 0 and %2 after iteration 2400, train %3%, test %4% — %5</source>
        <translation>你的运行：第 0 次迭代后成本 %1，第 2400 次迭代后成本 %2，训练 %3%，测试 %4% — %5</translation>
    </message>
</context>
<context>
    <name>catnet::ui::DataBrowser</name>
    <message>
        <source>Training set</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Which split of the dataset to show</source>
        <translation>显示数据集的哪一部分</translation>
    </message>
    <message>
        <source>The selected image at 4× (nearest-neighbour, as the network sees it)</source>
        <translation>选中的图像放大 4 倍（最近邻插值，与网络看到的一样）</translation>
    </message>
    <message>
        <source>Saliency over the image: red pixels, made brighter, would raise P(cat); blue ones would lower it (d P(cat) / d pixel, the backward pass&apos;s dA0)</source>
        <translation>图像上的显著性：把红色像素调亮会提高 P(猫)，蓝色像素则会降低它（d P(猫) / d 像素，即反向传播的 dA0）</translation>
    </message>
    <message>
        <source>%1 images, %2 cats, %3 non-cats</source>
        <translation>%1 张图像，%2 张猫，%3 张非猫</translation>
    </message>
    <message>
        <source>P(cat) = %1 (%2): which pixels made it say so</source>
        <translation>P(猫) = %1（%2）：哪些像素让它这样判断</translation>
    </message>
</context>
<context>
    <name>catnet::ui::DecisionSurfacePanel</name>
    <message>
        <source>(0, 0):</source>
        <translation>(0, 0)：</translation>
    </message>
    <message>
        <source>(1, 0):</source>
        <translation>(1, 0)：</translation>
    </message>
    <message>
        <source>(0, 1):</source>
        <translation>(0, 1)：</translation>
    </message>
    <message>
        <source>Train a run to see what it answers between three images.</source>
        <translation>训练一次运行，看看它在三张图像之间会怎么回答。</translation>
    </message>
    <message>
        <source>Point into the map to see the image there and its P(cat).</source>
        <translation>把鼠标指向图中，即可看到那一点的图像及其 P(猫)。</translation>
    </message>
    <message>
        <source>The run is still training: its surface is drawn once it ends.</source>
        <translation>这次运行仍在训练：结束后再画出它的曲面。</translation>
    </message>
    <message>
        <source>Choose three different images: three points span a plane.</source>
        <translation>请选择三张不同的图像：三个点才能确定一个平面。</translation>
    </message>
    <message>
        <source>α = %1, β = %2
P(cat) = %3: %4</source>
        <translation>α = %1，β = %2
P(猫) = %3：%4</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>non-cat</source>
        <translation>非猫</translation>
    </message>
    <message>
        <source>training image</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>test image</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>your photo</source>
        <translation>你的照片</translation>
    </message>
    <message>
        <source>The photos read in the Folder tab</source>
        <translation>在“文件夹”页读入的照片</translation>
    </message>
    <message>
        <source>Where this corner&apos;s image comes from: the training set, the test set, or the photos read in the Folder tab</source>
        <translation>这个角的图像来自哪里：训练集、测试集，或在“文件夹”页读入的照片</translation>
    </message>
    <message>
        <source>The image at this corner of the plane, by its number</source>
        <translation>平面这个角上的图像，按编号</translation>
    </message>
    <message>
        <source>training %1</source>
        <translation>训练 %1</translation>
    </message>
    <message>
        <source>test %1</source>
        <translation>测试 %1</translation>
    </message>
    <message>
        <source>No photos of your own yet: read a folder of them in the Folder tab, then pick them here.</source>
        <translation>还没有你自己的照片：先在“文件夹”页读入一个照片文件夹，再在这里选择。</translation>
    </message>
    <message>
        <source>This data set has no images in that set.</source>
        <translation>这个数据集的该部分没有图像。</translation>
    </message>
    <message>
        <source>This run&apos;s network does not take these images: its input is %1 numbers.</source>
        <translation>这次运行的网络不接受这些图像：它的输入是 %1 个数。</translation>
    </message>
    <message>
        <source>%1&apos;s P(cat) over the plane through the images %2 (x&lt;sub&gt;i&lt;/sub&gt;), %3 (x&lt;sub&gt;j&lt;/sub&gt;) and %4 (x&lt;sub&gt;k&lt;/sub&gt;): each pixel x = x&lt;sub&gt;i&lt;/sub&gt; + α(x&lt;sub&gt;j&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;) + β(x&lt;sub&gt;k&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;), α and β from −0.5 to 1.5. Orange where it says cat, blue where it says non-cat, the line where P(cat) = 0.5. It calls %5 % of this plane a cat.</source>
        <translation>%1 在经过图像 %2 (x&lt;sub&gt;i&lt;/sub&gt;)、%3 (x&lt;sub&gt;j&lt;/sub&gt;) 和 %4 (x&lt;sub&gt;k&lt;/sub&gt;) 的平面上的 P(cat)：每个像素 x = x&lt;sub&gt;i&lt;/sub&gt; + α(x&lt;sub&gt;j&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;) + β(x&lt;sub&gt;k&lt;/sub&gt; − x&lt;sub&gt;i&lt;/sub&gt;)，α 和 β 从 −0.5 到 1.5。橙色处判为猫，蓝色处判为非猫，线是 P(cat) = 0.5 的地方。它把这个平面的 %5 % 判为猫。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::DistributionsPanel</name>
    <message>
        <source>The layer whose weights, gradients and values are shown</source>
        <translation>显示其权重、梯度和数值的层</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>层(&amp;Y)：</translation>
    </message>
    <message>
        <source>Training the run again for its frames: %1 so far…</source>
        <translation>正在重新训练这次运行以取得各帧：已有 %1 帧…</translation>
    </message>
    <message>
        <source>Training the run again for its frames…</source>
        <translation>正在重新训练这次运行以取得各帧…</translation>
    </message>
    <message>
        <source>%1 (sigmoid)</source>
        <translation>%1 (sigmoid)</translation>
    </message>
    <message>
        <source>%1 (relu)</source>
        <translation>%1 (relu)</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>%1[%2] at iteration %3&lt;br&gt;%4</source>
        <translation>第 %3 次迭代时的 %1[%2]&lt;br&gt;%4</translation>
    </message>
    <message>
        <source>Each band holds a share of the values, from light to dark: all of them, the middle 87 %, 68 % and 38 %; the line is the median (TensorBoard&apos;s distributions). A layer that dies shows A flat at 0; one that explodes, W and Z widening without end.</source>
        <translation>每条色带包含一部分数值，由浅到深：全部数值、中间 87 %、68 % 和 38 %；线是中位数（即 TensorBoard 的 distributions）。死掉的层 A 平贴在 0；爆炸的层 W 和 Z 不断变宽。</translation>
    </message>
    <message>
        <source>W[%1]&apos;s middle 68 % went from %2 … %3 at iteration %4 to %5 … %6 at iteration %7.</source>
        <translation>W[%1] 中间 68 % 的值从第 %4 次迭代的 %2 … %3 变为第 %7 次迭代的 %5 … %6。</translation>
    </message>
    <message>
        <source> &lt;b&gt;Layer %1 died:&lt;/b&gt; every unit outputs 0 for every training image, so no gradient reaches the layers below it.</source>
        <translation> &lt;b&gt;第 %1 层死了：&lt;/b&gt;每个单元对每张训练图像都输出 0，因此没有梯度能传到它下面的层。</translation>
    </message>
    <message>
        <source> At the end at least half of A[%1]&apos;s values are 0: for most images most units are off.</source>
        <translation> 最后 A[%1] 至少一半的值为 0：对大多数图像，大多数单元处于关闭状态。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::DropRouter</name>
    <message>
        <source>%1 is a web address; save the image to a file first, then drop the file.</source>
        <translation>%1 是一个网址；请先把图像保存为文件，再拖放该文件。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::ElementFormulaPanel</name>
    <message>
        <source>Click a number of the array (or use the arrow keys) to see how it is computed</source>
        <translation>点击数组中的一个数（或用方向键）查看它是怎样算出来的</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; = %2&lt;br&gt;&lt;br&gt;A parameter: &lt;i&gt;initialize_parameters_deep&lt;/i&gt; set it, and &lt;i&gt;update_parameters&lt;/i&gt; moves it by −learning rate · %3 after this iteration.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; = %2&lt;br&gt;&lt;br&gt;这是一个参数：由 &lt;i&gt;initialize_parameters_deep&lt;/i&gt; 设定，本次迭代之后 &lt;i&gt;update_parameters&lt;/i&gt; 把它移动 −学习率 · %3。</translation>
    </message>
    <message>
        <source>1 more term</source>
        <translation>另外 1 项</translation>
    </message>
    <message>
        <source>%1 more terms</source>
        <translation>另外 %1 项</translation>
    </message>
    <message>
        <source>k runs over the %1 pixel values of the image</source>
        <translation>k 取遍图像的 %1 个像素值</translation>
    </message>
    <message>
        <source>k runs over the %1 units of layer %2</source>
        <translation>k 取遍第 %2 层的 %1 个单元</translation>
    </message>
    <message>
        <source>&lt;i&gt;sigmoid&lt;/i&gt;: the output layer&apos;s activation</source>
        <translation>&lt;i&gt;sigmoid&lt;/i&gt;：输出层的激活函数</translation>
    </message>
    <message>
        <source>&lt;i&gt;relu&lt;/i&gt;: a hidden layer&apos;s activation</source>
        <translation>&lt;i&gt;relu&lt;/i&gt;：隐藏层的激活函数</translation>
    </message>
    <message>
        <source>&lt;i&gt;L_model_backward&lt;/i&gt; starts here: the cost&apos;s derivative for image %1, with its label Y = %2 and its output A = %3</source>
        <translation>&lt;i&gt;L_model_backward&lt;/i&gt; 从这里开始：成本对图像 %1 的导数，其标签 Y = %2，输出 A = %3</translation>
    </message>
    <message>
        <source>i runs over the %1 units of layer %2</source>
        <translation>i 取遍第 %2 层的 %1 个单元</translation>
    </message>
    <message>
        <source>&lt;i&gt;sigmoid_backward&lt;/i&gt;, with σ(%1) = %2</source>
        <translation>&lt;i&gt;sigmoid_backward&lt;/i&gt;，其中 σ(%1) = %2</translation>
    </message>
    <message>
        <source>%1 = %2 where %3 &gt; 0, else 0</source>
        <translation>%1 = %2（当 %3 &gt; 0），否则为 0</translation>
    </message>
    <message>
        <source>&lt;i&gt;relu_backward&lt;/i&gt;: %1 = %2 &gt; 0, so the gradient passes: %3 = %4</source>
        <translation>&lt;i&gt;relu_backward&lt;/i&gt;：%1 = %2 &gt; 0，梯度通过：%3 = %4</translation>
    </message>
    <message>
        <source>&lt;i&gt;relu_backward&lt;/i&gt;: %1 = %2 ≤ 0, so the unit was off and the gradient stops (%3 = %4 is dropped)</source>
        <translation>&lt;i&gt;relu_backward&lt;/i&gt;：%1 = %2 ≤ 0，该单元未激活，梯度在此停止（%3 = %4 被丢弃）</translation>
    </message>
    <message>
        <source>j runs over the m = %1 training images</source>
        <translation>j 取遍 m = %1 张训练图像</translation>
    </message>
    <message>
        <source>✓ the number the array holds</source>
        <translation>✓ 与数组中的数相同</translation>
    </message>
    <message>
        <source>✗ the array holds %1</source>
        <translation>✗ 数组中的数是 %1</translation>
    </message>
    <message>
        <source>Ro&amp;w:</source>
        <translation>行(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>列(&amp;C):</translation>
    </message>
</context>
<context>
    <name>catnet::ui::FrameReplay</name>
    <message>
        <source>Train a run first.</source>
        <translation>请先训练一次运行。</translation>
    </message>
    <message>
        <source>The run is still training: its frames are shown once it ends.</source>
        <translation>这次运行仍在训练：结束后会显示它的各帧。</translation>
    </message>
    <message>
        <source>This run was trained on %1, not on the data set open now: open that data to see its frames.</source>
        <translation>这次运行是在%1上训练的，而不是当前打开的数据集：打开那份数据才能查看它的各帧。</translation>
    </message>
    <message>
        <source>This network has no hidden layer: there is nothing in between to look at.</source>
        <translation>这个网络没有隐藏层：中间没有可看的东西。</translation>
    </message>
    <message>
        <source>Could not train the run again: %1</source>
        <translation>无法重新训练这次运行：%1</translation>
    </message>
    <message>
        <source>Trained again with its settings, this run does not end at its own weights (a model made some other way): the frames shown are not its own.</source>
        <translation>用它的设置重新训练后，这次运行没有停在它自己的权重上（这是用别的方法得到的模型）：显示的各帧并不属于它。</translation>
    </message>
    <message>
        <source>%1 frames: every %2 iterations, and the trained network last.</source>
        <translation>%1 帧：每 %2 次迭代一帧，最后是训练好的网络。</translation>
    </message>
    <message>
        <source>Stopped before the first frame.</source>
        <translation>在第一帧之前已停止。</translation>
    </message>
    <message>
        <source>Stopped: the first %1 frames of the run are shown.</source>
        <translation>已停止：显示这次运行的前 %1 帧。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::GradientCheckPanel</name>
    <message>
        <source>Check gradients</source>
        <translation>检查梯度</translation>
    </message>
    <message>
        <source>Compare backpropagation&apos;s dW and db with (J(θ+ε) − J(θ−ε)) / 2ε, ε = 1e-7, for every parameter of these weights (the course&apos;s gradient check)</source>
        <translation>对这些权重的每个参数，把反向传播的 dW 和 db 与 (J(θ+ε) − J(θ−ε)) / 2ε（ε = 1e-7）比较（课程的梯度检验）</translation>
    </message>
    <message>
        <source>Stop check</source>
        <translation>停止检查</translation>
    </message>
    <message>
        <source>%1 parameters to check.</source>
        <translation>有 %1 个参数需要检查。</translation>
    </message>
    <message>
        <source>Checking every parameter…</source>
        <translation>正在检查每个参数…</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>检查失败：%1</translation>
    </message>
    <message>
        <source>Stopped before every parameter was checked.</source>
        <translation>在检查完所有参数之前已停止。</translation>
    </message>
    <message>
        <source>W[%1] %2 · b[%1] %3</source>
        <translation>W[%1] %2 · b[%1] %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Difference %1&lt;/b&gt; over %2 parameters in %3 s: &lt;b&gt;%4&lt;/b&gt;.&lt;br&gt;Rounding floor of the numerical gradient here: %5 (J is known to about 1e-16·|J|, so each numerical component can be off by about 1e-16·|J|/ε). Per layer: %6.</source>
        <translation>&lt;b&gt;差异 %1&lt;/b&gt;，共 %2 个参数，用时 %3 秒：&lt;b&gt;%4&lt;/b&gt;。&lt;br&gt;此处数值梯度的舍入下限：%5（J 的精度约为 1e-16·|J|，因此每个数值分量可能偏差约 1e-16·|J|/ε）。各层：%6。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::HeatMapView</name>
    <message>
        <source>Choose one or two settings and their values, then Run sweep.</source>
        <translation>选择一到两个设置及其取值，然后点击“运行扫描”。</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>尚未训练</translation>
    </message>
</context>
<context>
    <name>catnet::ui::HistogramView</name>
    <message>
        <source>[%1, %2%3: %4 values</source>
        <translation>[%1, %2%3：%4 个值</translation>
    </message>
</context>
<context>
    <name>catnet::ui::ImportDialog</name>
    <message>
        <source>New data set from folders</source>
        <translation>从文件夹新建数据集</translation>
    </message>
    <message>
        <source>a folder of cat photos</source>
        <translation>一个存放猫照片的文件夹</translation>
    </message>
    <message>
        <source>a folder of photos without cats</source>
        <translation>一个存放没有猫的照片的文件夹</translation>
    </message>
    <message>
        <source>where train_catvnoncat.h5 and test_catvnoncat.h5 go</source>
        <translation>train_catvnoncat.h5 和 test_catvnoncat.h5 的存放位置</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>One folder with cat/ and non-cat/ inside…</source>
        <translation>一个包含 cat/ 和 non-cat/ 的文件夹…</translation>
    </message>
    <message>
        <source>Cat photos</source>
        <translation>猫的照片</translation>
    </message>
    <message>
        <source>Photos without cats</source>
        <translation>没有猫的照片</translation>
    </message>
    <message>
        <source>Write the data set to</source>
        <translation>把数据集写入</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of each class set aside for testing (the course: about 20%)</source>
        <translation>每个类别留作测试的比例（课程中约为 20%）</translation>
    </message>
    <message>
        <source>Each class is shuffled with this seed before the split (numpy&apos;s permutation)</source>
        <translation>划分之前，每个类别用这个种子打乱顺序（numpy 的 permutation）</translation>
    </message>
    <message>
        <source>Add the course&apos;s 209 + 50 images, keeping their split</source>
        <translation>加入课程的 209 + 50 张图像，保持它们原有的划分</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>%v of %m photos</source>
        <translation>%v / %m 张照片</translation>
    </message>
    <message>
        <source>Files that could not be read, and duplicates, are listed here.</source>
        <translation>无法读取的文件和重复的图像会列在这里。</translation>
    </message>
    <message>
        <source>&amp;Cat photos:</source>
        <translation>猫的照片(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Non-cat photos:</source>
        <translation>非猫照片(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>写入到(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Test share:</source>
        <translation>测试比例(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>种子(&amp;E)：</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>Open the course&apos;s data first</source>
        <translation>请先打开课程的数据</translation>
    </message>
    <message>
        <source>A folder with cat/ and non-cat/ inside</source>
        <translation>一个包含 cat/ 和 non-cat/ 的文件夹</translation>
    </message>
    <message>
        <source>Choose a folder of cat photos and one of non-cat photos.</source>
        <translation>请选择一个猫照片文件夹和一个非猫照片文件夹。</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>已有一个导入正在运行。</translation>
    </message>
    <message>
        <source>Reading the photos…</source>
        <translation>正在读取照片…</translation>
    </message>
    <message>
        <source>Stopped: nothing was written.</source>
        <translation>已停止：没有写入任何文件。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>identical 64×64 images: %1</source>
        <translation>相同的 64×64 图像：%1</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>non-cat</source>
        <translation>非猫</translation>
    </message>
    <message>
        <source>Choose a folder to write the data set to (it is created when missing).</source>
        <translation>请选择写入数据集的文件夹（不存在时会自动创建）。</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>1 cat</source>
        <translation>1 张猫</translation>
    </message>
    <message>
        <source>%1 cats</source>
        <translation>%1 张猫</translation>
    </message>
    <message>
        <source>1 non-cat</source>
        <translation>1 张非猫</translation>
    </message>
    <message>
        <source>%1 non-cats</source>
        <translation>%1 张非猫</translation>
    </message>
    <message>
        <source>Wrote %1: training %2, test %3; %4 file(s) skipped, %5 group(s) of duplicates.</source>
        <translation>已写入 %1：训练集 %2，测试集 %3；跳过 %4 个文件，%5 组重复图像。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::InitLabPanel</name>
    <message>
        <source>&amp;Compare initializations</source>
        <translation>比较初始化方式(&amp;C)</translation>
    </message>
    <message>
        <source>Train the network on the left from zeros, ×0.01, ×10, ÷√n and ×√(2/n) weights, the same seed, and compare</source>
        <translation>用全零、×0.01、×10、÷√n 和 ×√(2/n) 的权重、相同的种子训练左侧的网络，并进行比较</translation>
    </message>
    <message>
        <source>How the first weights are drawn decides whether a deep network learns at all.</source>
        <translation>初始权重如何抽取，决定了深层网络究竟能否学习。</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>First cost</source>
        <translation>初始成本</translation>
    </message>
    <message>
        <source>Final cost</source>
        <translation>最终成本</translation>
    </message>
    <message>
        <source>Test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Activation spread at it. 0 (per layer)</source>
        <translation>第 0 次迭代的激活值离散度（每层）</translation>
    </message>
    <message>
        <source>‖dW‖ at it. 0 (per layer)</source>
        <translation>第 0 次迭代的 ‖dW‖（每层）</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Training %1 from five initializations…</source>
        <translation>正在用五种初始化方式训练 %1…</translation>
    </message>
    <message>
        <source>Five runs in %1 s, the same seed. Double-click a row to open that run.</source>
        <translation>五次运行用时 %1 秒，种子相同。双击一行可打开该次运行。</translation>
    </message>
    <message>
        <source>%1 (init lab: %2)</source>
        <translation>%1（初始化实验：%2）</translation>
    </message>
    <message>
        <source>It diverged: there is no trained model to measure</source>
        <translation>它发散了：没有训练好的模型可供测量</translation>
    </message>
    <message>
        <source>the signal shrinks layer by layer (activation spread %1 in layer 1, %2 in layer %3 at iteration 0)</source>
        <translation>信号逐层缩小（第 0 次迭代时激活值的离散度：第 1 层 %1，第 %3 层 %2）</translation>
    </message>
    <message>
        <source>diverged at iteration 0: the first cost is not even a finite number (the output saturates at once, so log(0) appears)</source>
        <translation>在第 0 次迭代发散：第一个成本就不是有限数（输出立刻饱和，于是出现 log(0)）</translation>
    </message>
    <message>
        <source>diverged at iteration %1 after a first cost of %2</source>
        <translation>第一个成本为 %2，在第 %1 次迭代发散</translation>
    </message>
    <message>
        <source>no iteration ran</source>
        <translation>一次迭代也没有运行</translation>
    </message>
    <message>
        <source>the first cost is huge (%1; a random guess costs 0.69) and is still %2 at the end</source>
        <translation>第一个成本极大（%1；随机猜测的成本是 0.69），到最后仍是 %2</translation>
    </message>
    <message>
        <source>every unit of a layer stays identical — symmetry is never broken: the %1 units of layer 1 still have the same weights after %2 iterations, so the layer is worth one unit</source>
        <translation>同一层的每个单元始终一模一样——对称性从未被打破：%2 次迭代之后，第 1 层的 %1 个单元权重仍然相同，所以这一层只相当于一个单元</translation>
    </message>
    <message>
        <source>the cost barely moves (%1 to %2)</source>
        <translation>成本几乎不动（%1 到 %2）</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1，而且%2</translation>
    </message>
    <message>
        <source>cost %1 to %2, test accuracy %3%</source>
        <translation>成本 %1 到 %2，测试准确率 %3%</translation>
    </message>
    <message>
        <source>trains: %1</source>
        <translation>能训练：%1</translation>
    </message>
    <message>
        <source>%1, yet it trains: %2</source>
        <translation>%1，但仍能训练：%2</translation>
    </message>
</context>
<context>
    <name>catnet::ui::IterationInspector</name>
    <message>
        <source>Array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形状</translation>
    </message>
    <message>
        <source>Computed by</source>
        <translation>计算函数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Std</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Zeros</source>
        <translation>零值</translation>
    </message>
    <message>
        <source>Share of exact zeros: ReLU outputs of units that are off</source>
        <translation>恰为零的比例：处于关闭状态的单元的 ReLU 输出</translation>
    </message>
    <message>
        <source>A training image: its column of every array, layer by layer</source>
        <translation>一张训练图像：它在每个数组中对应的那一列，逐层显示</translation>
    </message>
    <message>
        <source>Training image:</source>
        <translation>训练图像：</translation>
    </message>
    <message>
        <source>These weights do not fit the data&apos;s %1 features.</source>
        <translation>这些权重与数据的 %1 个特征不匹配。</translation>
    </message>
    <message>
        <source>Step (F10) runs one iteration and shows it here; Pause (F6) holds a running run. A finished run shows the iteration that would come next.</source>
        <translation>单步（F10）运行一次迭代并在这里显示；暂停（F6）让正在进行的运行停住。已完成的运行显示接下来的那一次迭代。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Iteration %1&lt;/b&gt; of %2 — cost J = %3. Forward: &lt;i&gt;L_model_forward&lt;/i&gt; keeps Z and A of every layer; backward: &lt;i&gt;L_model_backward&lt;/i&gt; turns dA into dZ, dW, db; then &lt;i&gt;update_parameters&lt;/i&gt; moves W by −learning rate·dW. Columns are the %4 training images.</source>
        <translation>&lt;b&gt;第 %1 次迭代&lt;/b&gt;（%2）— 成本 J = %3。前向：&lt;i&gt;L_model_forward&lt;/i&gt; 保存每一层的 Z 和 A；反向：&lt;i&gt;L_model_backward&lt;/i&gt; 把 dA 变为 dZ、dW、db；然后 &lt;i&gt;update_parameters&lt;/i&gt; 让 W 移动 −学习率·dW。各列是 %4 张训练图像。</translation>
    </message>
    <message>
        <source> (the gradient for the pixels: see saliency)</source>
        <translation>（对像素的梯度：见显著性）</translation>
    </message>
    <message>
        <source>parameters (update_parameters moves them next)</source>
        <translation>参数（接下来由 update_parameters 更新）</translation>
    </message>
    <message>
        <source>%1 %2: histogram of its %3 values</source>
        <translation>%1 %2：其 %3 个值的直方图</translation>
    </message>
    <message>
        <source>&lt;b&gt;Image %1&lt;/b&gt;, labelled %2</source>
        <translation>&lt;b&gt;图像 %1&lt;/b&gt;，标签 %2</translation>
    </message>
    <message>
        <source>… (%1 more)</source>
        <translation>…（还有 %1 个）</translation>
    </message>
    <message>
        <source>&lt;b&gt;P(cat) = %1&lt;/b&gt; → %2</source>
        <translation>&lt;b&gt;P(猫) = %1&lt;/b&gt; → %2</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>non-cat</source>
        <translation>非猫</translation>
    </message>
    <message>
        <source>A[%1] (%2 units): %3</source>
        <translation>A[%1]（%2 个单元）：%3</translation>
    </message>
    <message>
        <source> &lt;b&gt;This run also trains with %1&lt;/b&gt;, which this view leaves out: it shows the course&apos;s own step at these weights, so its cost differs from the run&apos;s.</source>
        <translation>&lt;b&gt;这次运行还用了 %1&lt;/b&gt;，本视图没有包括它：这里显示的是课程自己的一步（在这些权重上），所以成本与该运行的不同。</translation>
    </message>
    <message>
        <source>One num&amp;ber&apos;s formula</source>
        <translation>单个数的公式(&amp;B)</translation>
    </message>
    <message>
        <source>Histo&amp;gram</source>
        <translation>直方图(&amp;G)</translation>
    </message>
    <message>
        <source>One training i&amp;mage</source>
        <translation>一张训练图像(&amp;M)</translation>
    </message>
</context>
<context>
    <name>catnet::ui::LabPanel</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Double-click a row to open that run</source>
        <translation>双击一行可打开该次运行</translation>
    </message>
    <message>
        <source>The lab is already running.</source>
        <translation>实验已在运行。</translation>
    </message>
    <message>
        <source>The settings on the left are not valid; fix them first.</source>
        <translation>左侧的设置无效，请先修正。</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>请先打开一个数据集。</translation>
    </message>
    <message>
        <source>training…</source>
        <translation>训练中…</translation>
    </message>
    <message>
        <source>The lab failed: %1</source>
        <translation>实验失败：%1</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs.</source>
        <translation>已停止：%2 次运行完成了 %1 次。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::LandscapePanel</name>
    <message>
        <source>J((1−α)·θ0 + α·θ1): initial weights at α = 0, trained at α = 1</source>
        <translation>J((1−α)·θ0 + α·θ1)：α = 0 为初始权重，α = 1 为训练后的权重</translation>
    </message>
    <message>
        <source>training set</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Could not compute it: %1</source>
        <translation>无法计算：%1</translation>
    </message>
    <message>
        <source>The cross is the trained network; 1 on an axis is a step as large as the weights themselves.</source>
        <translation>十字是训练后的网络；坐标轴上的 1 表示与权重本身一样大的一步。</translation>
    </message>
    <message>
        <source>Train a model (or select a run) to see the ground gradient descent walked on.</source>
        <translation>训练一个模型（或选择一次运行），看看梯度下降走过的地形。</translation>
    </message>
    <message>
        <source>Working out the costs along the line…</source>
        <translation>正在计算这条直线上的成本…</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Between α = 0 and 1 the training cost rises by up to %1 on the way: the straight path crosses a bump that gradient descent went around.</source>
        <translation>在 α = 0 到 1 之间，训练成本途中最多升高 %1：直线路径翻过了一个梯度下降绕开的小山包。</translation>
    </message>
    <message>
        <source>From α = 0 to 1 the training cost only falls: a smooth valley.</source>
        <translation>从 α = 0 到 1，训练成本一路下降：一条平滑的山谷。</translation>
    </message>
    <message>
        <source>Past α = 1 it rises again.</source>
        <translation>过了 α = 1 又开始上升。</translation>
    </message>
    <message>
        <source>Past α = 1 it keeps falling: training had not reached the bottom.</source>
        <translation>过了 α = 1 仍在下降：训练还没有到达谷底。</translation>
    </message>
    <message>
        <source>The test cost is lowest at α = %1 (%2; %3 at α = 1).</source>
        <translation>测试成本在 α = %1 处最低（%2；α = 1 处为 %3）。</translation>
    </message>
    <message>
        <source>Computing 961 costs around the trained weights…</source>
        <translation>正在计算训练后权重周围的 961 个成本…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Training cost %1 at the trained weights (the cross), from %2 to %3 around them.</source>
        <translation>训练后权重（十字）处的训练成本为 %1，周围从 %2 到 %3。</translation>
    </message>
    <message>
        <source>%1
α = %2 · cost %3</source>
        <translation>%1
α = %2 · 成本 %3</translation>
    </message>
    <message>
        <source>Training cost (log scale): dark is low, light is high; not a number counts as highest</source>
        <translation>训练成本（对数刻度）：深色为低，浅色为高；不是数的点算作最高</translation>
    </message>
    <message>
        <source>At %1 of the points the output saturates and the cost is not a number (drawn lightest, as the highest).</source>
        <translation>在 %1 的点上输出饱和，成本不是一个数（作为最高值，以最浅色绘制）。</translation>
    </message>
    <message>
        <source>&amp;Compute the landscape</source>
        <translation>计算损失曲面(&amp;C)</translation>
    </message>
    <message>
        <source>Around the trained weights: the training cost on a 31 × 31 grid along two random directions, each unit&apos;s part scaled to that unit&apos;s weights (Li et al., 2018)</source>
        <translation>在训练后权重的周围：沿两个随机方向在 31 × 31 网格上的训练成本，每个单元的分量按该单元的权重缩放（Li 等，2018）</translation>
    </message>
</context>
<context>
    <name>catnet::ui::LayerSignalsChart</name>
    <message>
        <source>Spread of the activations: std of A[l]</source>
        <translation>激活值的离散度：A[l] 的标准差</translation>
    </message>
    <message>
        <source>Dead ReLU units: share that is 0 for every image</source>
        <translation>死亡 ReLU 单元：对每张图像都为 0 的比例</translation>
    </message>
    <message>
        <source>Gradient norm ‖dW[l]‖ (log scale)</source>
        <translation>梯度范数 ‖dW[l]‖（对数刻度）</translation>
    </message>
    <message>
        <source>Update size ‖lr·dW[l]‖ / ‖W[l]‖ (log scale)</source>
        <translation>更新幅度 ‖lr·dW[l]‖ / ‖W[l]‖（对数刻度）</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>第 %1 层</translation>
    </message>
    <message>
        <source>Train a model (or select a run) to see how each layer&apos;s signals change while it learns.</source>
        <translation>训练一个模型（或选择一次运行），看看学习过程中每一层的信号如何变化。</translation>
    </message>
    <message>
        <source>%1 has no recorded layer signals (it was saved before catnet recorded them).</source>
        <translation>%1 没有记录层信号（它在 catnet 开始记录之前就已保存）。</translation>
    </message>
    <message>
        <source>%1: recorded at every report point. Falling gradient norms towards the first layer mean vanishing gradients; dead ReLU units never turn on again.</source>
        <translation>%1：在每个报告点记录。梯度范数越靠近第一层越小，意味着梯度消失；死亡的 ReLU 单元再也不会激活。</translation>
    </message>
    <message>
        <source>%1
iteration %2 · %3</source>
        <translation>%1
迭代 %2 · %3</translation>
    </message>
</context>
<context>
    <name>catnet::ui::LearningRatePanel</name>
    <message>
        <source>&amp;Find a learning rate</source>
        <translation>寻找学习率(&amp;F)</translation>
    </message>
    <message>
        <source>%1 steps of the network on the left, the learning rate growing from 1e-6 to 10</source>
        <translation>左侧网络的 %1 步，学习率从 1e-6 增长到 10</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>使用它</translation>
    </message>
    <message>
        <source>Put the suggested learning rate in the form</source>
        <translation>把建议的学习率填入左侧表单</translation>
    </message>
    <message>
        <source>Too small a rate crawls, too large a one blows up. A short run whose rate grows step by step shows where the cost falls fastest.</source>
        <translation>学习率太小就走得很慢，太大就会发散。一次学习率逐步增长的短训练，能看出成本在哪里下降得最快。</translation>
    </message>
    <message>
        <source>Cost as the learning rate grows</source>
        <translation>学习率增长时的成本</translation>
    </message>
    <message>
        <source>log₁₀ learning rate</source>
        <translation>log₁₀ 学习率</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>cost of each step</source>
        <translation>每一步的成本</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议值</translation>
    </message>
    <message>
        <source>learning rate %1: cost %2</source>
        <translation>学习率 %1：成本 %2</translation>
    </message>
    <message>
        <source>The form&apos;s learning rate is now %1.</source>
        <translation>表单中的学习率现在是 %1。</translation>
    </message>
    <message>
        <source>The finder is already running.</source>
        <translation>学习率搜索已在运行。</translation>
    </message>
    <message>
        <source>The settings on the left are not valid; fix them first.</source>
        <translation>左侧的设置无效，请先修正。</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>请先打开一个数据集。</translation>
    </message>
    <message>
        <source>Finding a learning rate for %1…</source>
        <translation>正在为 %1 寻找学习率…</translation>
    </message>
    <message>
        <source>The finder failed: %1</source>
        <translation>学习率搜索失败：%1</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Suggested learning rate: %1, where the cost falls fastest (%2 steps, the rate from 1e-6 up to %3). Train with it, or a little below.</source>
        <translation>建议的学习率：%1，成本在那里下降得最快（%2 步，学习率从 1e-6 增长到 %3）。就用它训练，或者略小一些。</translation>
    </message>
    <message>
        <source>No suggestion: the cost blew up within the first steps.</source>
        <translation>没有建议：成本在最初几步就发散了。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::MainWindow</name>
    <message>
        <source>catnet</source>
        <translation>catnet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open dataset folder…</source>
        <translation>打开数据集文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Folder with train_catvnoncat.h5 and test_catvnoncat.h5</source>
        <translation>包含 train_catvnoncat.h5 和 test_catvnoncat.h5 的文件夹</translation>
    </message>
    <message>
        <source>Open dataset &amp;files…</source>
        <translation>打开数据集文件(&amp;F)…</translation>
    </message>
    <message>
        <source>The course&apos;s train and test files</source>
        <translation>课程的训练文件和测试文件</translation>
    </message>
    <message>
        <source>HDF5 files (*.h5 *.hdf5);;All files (*)</source>
        <translation>HDF5 文件 (*.h5 *.hdf5);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Use &amp;built-in shapes dataset</source>
        <translation>使用内置形状数据集(&amp;B)</translation>
    </message>
    <message>
        <source>chosen from the menu</source>
        <translation>从菜单中选择</translation>
    </message>
    <message>
        <source>&amp;Predict image…</source>
        <translation>预测图像(&amp;P)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>预设：%1</translation>
    </message>
    <message>
        <source>&amp;Remove selected run</source>
        <translation>删除选中的运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Course tour</source>
        <translation>课程导览(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>快速入门(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About catnet</source>
        <translation>关于 catnet(&amp;A)</translation>
    </message>
    <message>
        <source>the course files were not found</source>
        <translation>未找到课程文件</translation>
    </message>
    <message>
        <source>--data %1 does not hold %2 and %3; using the built-in dataset</source>
        <translation>--data %1 中没有 %2 和 %3；正在使用内置数据集</translation>
    </message>
    <message>
        <source>The form holds your last session&apos;s settings: %1</source>
        <translation>表单中是你上次使用时的设置：%1</translation>
    </message>
    <message>
        <source>Use the course&apos;s L-layer model</source>
        <translation>使用课程的 L 层模型</translation>
    </message>
    <message>
        <source>Cannot open the dataset</source>
        <translation>无法打开数据集</translation>
    </message>
    <message>
        <source>Removed %1 — Edit → Undo (Ctrl+Z) brings it back</source>
        <translation>已删除 %1 — 编辑 → 撤销（Ctrl+Z）可以恢复</translation>
    </message>
    <message>
        <source>Finishing saves before closing…</source>
        <translation>关闭前正在完成保存…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>2-layer (course)</source>
        <translation>两层（课程）</translation>
    </message>
    <message>
        <source>L-layer (course)</source>
        <translation>L 层（课程）</translation>
    </message>
    <message>
        <source>&amp;New data set from folders…</source>
        <translation>从文件夹新建数据集(&amp;N)…</translation>
    </message>
    <message>
        <source>Export the predictions</source>
        <translation>导出预测结果</translation>
    </message>
    <message>
        <source>Exported the predictions to %1</source>
        <translation>已将预测结果导出到 %1</translation>
    </message>
    <message>
        <source>The data set asked for could not be opened: %1. Showing %2 instead.</source>
        <translation>无法打开所要求的数据集：%1。改为显示 %2。</translation>
    </message>
    <message>
        <source>Predict fol&amp;der…</source>
        <translation>预测文件夹(&amp;D)…</translation>
    </message>
    <message>
        <source>E&amp;valuate on the open data</source>
        <translation>在打开的数据上评估(&amp;V)</translation>
    </message>
    <message>
        <source>Every run was measured on the open data set already</source>
        <translation>每个运行都已在打开的数据集上测量过</translation>
    </message>
    <message>
        <source>Runs keep the accuracies of the data they were measured on; this measures the runs trained on other data on the data set open now, in columns of their own</source>
        <translation>运行保留在其测量数据上的准确率；此操作在当前打开的数据集上测量那些在其他数据上训练的运行，结果列在单独的列中</translation>
    </message>
    <message>
        <source>course + L2</source>
        <translation>课程 + L2</translation>
    </message>
    <message>
        <source>course + dropout</source>
        <translation>课程 + dropout</translation>
    </message>
    <message>
        <source>course + Adam (mini-batch 64)</source>
        <translation>课程 + Adam（小批量 64）</translation>
    </message>
    <message>
        <source>Evaluating 1 run on the open data set: see the table&apos;s On open data column</source>
        <translation>正在打开的数据集上评估 1 个运行：见表格的“在打开的数据上”列</translation>
    </message>
    <message>
        <source>Evaluating %1 runs on the open data set: see the table&apos;s On open data column</source>
        <translation>正在打开的数据集上评估 %1 个运行：见表格的“在打开的数据上”列</translation>
    </message>
</context>
<context>
    <name>catnet::ui::MislabeledView</name>
    <message>
        <source>Test set</source>
        <translation>测试集</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>训练集</translation>
    </message>
    <message>
        <source>Which split&apos;s images to show</source>
        <translation>显示哪一部分的图像</translation>
    </message>
    <message>
        <source>Mislabeled</source>
        <translation>分错的图像</translation>
    </message>
    <message>
        <source>True cats</source>
        <translation>真猫（判对的猫）</translation>
    </message>
    <message>
        <source>False cats (non-cats said cat)</source>
        <translation>假猫（被判为猫的非猫）</translation>
    </message>
    <message>
        <source>True non-cats</source>
        <translation>真非猫（判对的非猫）</translation>
    </message>
    <message>
        <source>False non-cats (cats said non-cat)</source>
        <translation>假非猫（被判为非猫的猫）</translation>
    </message>
    <message>
        <source>Which images to show, at the threshold above</source>
        <translation>按上面的阈值，显示哪些图像</translation>
    </message>
    <message>
        <source>Show saliency</source>
        <translation>显示显著性</translation>
    </message>
    <message>
        <source>Lay each image&apos;s saliency map over it: red pixels pushed the model towards &quot;cat&quot;, blue ones away from it</source>
        <translation>把每张图像的显著性图叠加在图像上：红色像素把模型推向“猫”，蓝色像素则相反</translation>
    </message>
    <message>
        <source>Sorted by how confidently wrong the model is</source>
        <translation>按模型错得有多自信排序</translation>
    </message>
    <message>
        <source>Train a model (or select a run) to see which images it gets wrong.</source>
        <translation>训练一个模型（或选择一次运行），看看它分错了哪些图像。</translation>
    </message>
    <message>
        <source>#%1 · P(cat) %2
said %3
is %4</source>
        <translation>#%1 · P(猫) %2
判为 %3
实为 %4</translation>
    </message>
    <message>
        <source>example %1: predicted %2, really %3, P(cat) = %4</source>
        <translation>样本 %1：预测为 %2，实际为 %3，P(猫) = %4</translation>
    </message>
    <message>
        <source>%1 of %2 %3 images mislabeled by %4 at threshold %5 (accuracy %6%)</source>
        <translation>在阈值 %5 下，%4 把 %2 张%3图像中的 %1 张分错了（准确率 %6%）</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>%1 of %2 %3 images are %4 for %5 at threshold %6</source>
        <translation>在阈值 %6 下，对 %5 而言，%2 张%3图像中有 %1 张属于%4</translation>
    </message>
    <message>
        <source>%1 was measured on %2, not on the data set open now: Run → Evaluate on the open data shows its mistakes here.</source>
        <translation>%1 是在%2上测量的，而不是当前打开的数据集：运行 → 在打开的数据上评估，即可在此显示它的错误。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::NetworkPanel</name>
    <message>
        <source>change the network settings</source>
        <translation>修改网络设置</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Layer sizes from input to output, separated by commas. The first is the number of input features (64×64×3 = 12288), the last is 1 (the sigmoid output).</source>
        <translation>从输入到输出的各层大小，用逗号分隔。第一个是输入特征数（64×64×3 = 12288），最后一个是 1（sigmoid 输出）。</translation>
    </message>
    <message>
        <source>Gradient descent step size α (a positive number, e.g. 0.0075 or 1e-3)</source>
        <translation>梯度下降的步长 α（一个正数，例如 0.0075 或 1e-3）</translation>
    </message>
    <message>
        <source>Full-batch gradient descent iterations</source>
        <translation>全批量梯度下降的迭代次数</translation>
    </message>
    <message>
        <source>numpy-compatible random seed for the initial weights (the course uses 1)</source>
        <translation>初始权重的随机种子，与 numpy 兼容（课程使用 1）</translation>
    </message>
    <message>
        <source>small: randn × 0.01 · lecun: randn / √n_prev · he: randn × √(2/n_prev)</source>
        <translation>small：randn × 0.01 · lecun：randn / √n_prev · he：randn × √(2/n_prev)</translation>
    </message>
    <message>
        <source>Record the cost (a point on the chart) every N iterations</source>
        <translation>每 N 次迭代记录一次成本（图表上的报告点）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Shapes of each layer&apos;s weights W[l] (n_l × n_l-1) and biases b[l] (n_l × 1)</source>
        <translation>每一层权重 W[l]（n_l × n_l-1）和偏置 b[l]（n_l × 1）的形状</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Layers:</source>
        <translation>各层(&amp;L)：</translation>
    </message>
    <message>
        <source>Learning &amp;rate:</source>
        <translation>学习率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>迭代次数(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>种子(&amp;S)：</translation>
    </message>
    <message>
        <source>I&amp;nit:</source>
        <translation>初始化(&amp;N)：</translation>
    </message>
    <message>
        <source>Layers: %1.</source>
        <translation>各层：%1。</translation>
    </message>
    <message>
        <source>Learning rate: give a positive number such as 0.0075.</source>
        <translation>学习率：请输入一个正数，例如 0.0075。</translation>
    </message>
    <message>
        <source>Iterations: %1.</source>
        <translation>迭代次数：%1。</translation>
    </message>
    <message>
        <source>Cost every: %1.</source>
        <translation>成本记录间隔：%1。</translation>
    </message>
    <message>
        <source>%1 parameters in %2 layers</source>
        <translation>%2 层共 %1 个参数</translation>
    </message>
    <message>
        <source>2-layer (course)</source>
        <translation>两层（课程）</translation>
    </message>
    <message>
        <source>L-layer (course)</source>
        <translation>L 层（课程）</translation>
    </message>
    <message>
        <source>Cost e&amp;very:</source>
        <translation>成本记录间隔(&amp;V)：</translation>
    </message>
    <message>
        <source>course + L2</source>
        <translation>课程 + L2</translation>
    </message>
    <message>
        <source>course + dropout</source>
        <translation>课程 + dropout</translation>
    </message>
    <message>
        <source>course + Adam (mini-batch 64)</source>
        <translation>课程 + Adam（小批量 64）</translation>
    </message>
    <message>
        <source>The course&apos;s two models: [12288, 7, 1] with small init, and [12288, 20, 7, 5, 1] with lecun init; lr 0.0075, 2500 iterations, seed 1. The L-layer model with the next course&apos;s L2 (λ 0.7), dropout (keep 0.86), or Adam (lr 0.001, mini-batches of 64, 100 epochs).</source>
        <translation>课程的两个模型：[12288, 7, 1] 用 small 初始化，[12288, 20, 7, 5, 1] 用 lecun 初始化；学习率 0.0075，2500 次迭代，种子 1。以及加上下一门课的 L2（λ 0.7）、dropout（保留概率 0.86）或 Adam（学习率 0.001，小批量 64，100 轮）的 L 层模型。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>复制列表</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform>，另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>1 kept run could not be read and was skipped: %1</source>
        <translation>有 1 个保留的运行无法读取，已跳过：%1</translation>
    </message>
    <message>
        <source>%1 kept runs could not be read and were skipped: %2</source>
        <translation>有 %1 个保留的运行无法读取，已跳过：%2</translation>
    </message>
</context>
<context>
    <name>catnet::ui::OptimizerRacePanel</name>
    <message>
        <source>Ra&amp;ce the optimizers</source>
        <translation>比赛优化器(&amp;C)</translation>
    </message>
    <message>
        <source>Train the network on the left, its learning rate and batch size, with gradient descent, momentum and Adam, the same seed</source>
        <translation>用左侧的网络、学习率和批量大小，分别以梯度下降、动量和 Adam 训练，种子相同</translation>
    </message>
    <message>
        <source>Which optimizer gets there first? The same network, rate and batches, three ways to step.</source>
        <translation>哪个优化器先到达？同样的网络、学习率和批次，三种走法。</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Final cost</source>
        <translation>最终成本</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>How soon</source>
        <translation>多快</translation>
    </message>
    <message>
        <source>Per epoch</source>
        <translation>按轮</translation>
    </message>
    <message>
        <source>Per step</source>
        <translation>按步</translation>
    </message>
    <message>
        <source>The cost after each epoch, or each step&apos;s batch cost (mini-batches only)</source>
        <translation>每一轮之后的成本，或每一步的批次成本（仅小批量）</translation>
    </message>
    <message>
        <source>Racing gd, momentum and Adam on %1…</source>
        <translation>正在用 gd、动量和 Adam 训练 %1…</translation>
    </message>
    <message>
        <source>Cost per step: each batch&apos;s cost</source>
        <translation>每一步的成本：各批次的成本</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>diverged at epoch %1: try a smaller learning rate</source>
        <translation>在第 %1 轮发散：试试更小的学习率</translation>
    </message>
    <message>
        <source>ends at cost %1 after %2 epochs (%3 steps)</source>
        <translation>%2 轮（%3 步）之后成本为 %1</translation>
    </message>
    <message>
        <source>never reaches gradient descent&apos;s final cost %1</source>
        <translation>始终没有达到梯度下降的最终成本 %1</translation>
    </message>
    <message>
        <source>reaches gradient descent&apos;s final cost %1 in epoch %2 (gradient descent: epoch %3)</source>
        <translation>在第 %2 轮达到梯度下降的最终成本 %1（梯度下降：第 %3 轮）</translation>
    </message>
    <message>
        <source>Three runs in %1 s, the same seed. Double-click a row to open that run.</source>
        <translation>三次运行，用时 %1 秒，种子相同。双击一行可打开该次运行。</translation>
    </message>
    <message>
        <source>%1 (optimizer race)</source>
        <translation>%1（优化器比赛）</translation>
    </message>
</context>
<context>
    <name>catnet::ui::OptionsGroup</name>
    <message>
        <source>The next course&apos;s tools against overfitting and slow descent (SPEC §8)</source>
        <translation>下一门课对付过拟合和下降缓慢的工具（SPEC §8）</translation>
    </message>
    <message>
        <source>L2 regularization: the cost gains (λ/2m)·Σ‖W‖², so every step also shrinks the weights. 0 adds nothing; the next course uses 0.7.</source>
        <translation>L2 正则化：成本加上 (λ/2m)·Σ‖W‖²，于是每一步也会把权重缩小一些。0 表示不加；下一门课用 0.7。</translation>
    </message>
    <message>
        <source>L2 λ: larger values shrink the weights more (0: off; the next course uses 0.7).</source>
        <translation>L2 λ：越大，权重缩得越多（0：关闭；下一门课用 0.7）。</translation>
    </message>
    <message>
        <source>Inverted dropout: in every step each hidden unit is kept with this probability and the kept ones are scaled by 1/k. 1 drops nothing; the next course uses 0.86. Predictions never drop units.</source>
        <translation>反向 dropout：每一步中每个隐藏单元以这个概率保留，保留的单元乘以 1/k。1 表示不丢弃；下一门课用 0.86。预测时从不丢弃单元。</translation>
    </message>
    <message>
        <source>Keep probability: each hidden unit works in a step with this chance (1: off).</source>
        <translation>保留概率：每个隐藏单元在一步中以这个概率参与（1：关闭）。</translation>
    </message>
    <message>
        <source>full batch</source>
        <translation>全批量</translation>
    </message>
    <message>
        <source>Examples per step. Full batch: one step per epoch over the whole training set, as in the course. Smaller batches take many noisier steps per epoch, in an order shuffled anew each epoch.</source>
        <translation>每一步用的样本数。全批量：每轮在整个训练集上走一步，与课程相同。较小的批量每轮走许多步、每步噪声更大，顺序每轮重新打乱。</translation>
    </message>
    <message>
        <source>Batch size: examples per step; an epoch is one pass over the training set.</source>
        <translation>批量大小：每一步用的样本数；一轮是把训练集完整过一遍。</translation>
    </message>
    <message>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Gradient descent: W −= α·dW. Momentum: steps along an average of recent gradients. Adam: momentum, with each weight&apos;s step scaled by its recent gradient size.</source>
        <translation>梯度下降：W −= α·dW。动量：沿最近梯度的平均方向走。Adam：在动量之上，每个权重的步长按它最近梯度的大小缩放。</translation>
    </message>
    <message>
        <source>Optimizer: how a step turns the gradients into a change of the weights.</source>
        <translation>优化器：一步如何把梯度变成权重的改变。</translation>
    </message>
    <message>
        <source>Momentum β: how much of the earlier steps&apos; average each step keeps (0.9).</source>
        <translation>动量 β：每一步保留多少之前各步的平均（0.9）。</translation>
    </message>
    <message>
        <source>Momentum β: the share of the earlier average kept in each step (0.9).</source>
        <translation>动量 β：每一步保留之前平均的比例（0.9）。</translation>
    </message>
    <message>
        <source>Adam β1: the average of the gradients keeps this share each step (0.9).</source>
        <translation>Adam β1：梯度的平均每一步保留这个比例（0.9）。</translation>
    </message>
    <message>
        <source>Adam β1: how long the gradients&apos; average remembers (0.9).</source>
        <translation>Adam β1：梯度平均的记忆有多长（0.9）。</translation>
    </message>
    <message>
        <source>Adam β2: the average of the squared gradients keeps this share each step (0.999).</source>
        <translation>Adam β2：梯度平方的平均每一步保留这个比例（0.999）。</translation>
    </message>
    <message>
        <source>Adam β2: how long the squared gradients&apos; average remembers (0.999).</source>
        <translation>Adam β2：梯度平方平均的记忆有多长（0.999）。</translation>
    </message>
    <message>
        <source>Adam ε: added to √ŝ so that no step divides by zero (1e-8).</source>
        <translation>Adam ε：加在 √ŝ 上，使任何一步都不会除以零（1e-8）。</translation>
    </message>
    <message>
        <source>Adam ε: keeps the step finite where the gradients are tiny (1e-8).</source>
        <translation>Adam ε：梯度极小时让步长保持有限（1e-8）。</translation>
    </message>
    <message>
        <source>Flip augmentation: the training set gains a left–right mirror of every image, with its label; m doubles. The test set is unchanged.</source>
        <translation>翻转增强：训练集加入每张图像的左右镜像及其标签；m 翻倍。测试集不变。</translation>
    </message>
    <message>
        <source>Flip: more training images for free, since a mirrored cat is still a cat.</source>
        <translation>翻转：白得更多训练图像，因为镜像里的猫仍然是猫。</translation>
    </message>
    <message>
        <source>L&amp;2 λ:</source>
        <translation>L2 λ(&amp;2)：</translation>
    </message>
    <message>
        <source>&amp;Keep probability:</source>
        <translation>保留概率(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批量大小(&amp;B)：</translation>
    </message>
    <message>
        <source>Momentum β:</source>
        <translation>动量 β：</translation>
    </message>
    <message>
        <source>Adam β1:</source>
        <translation>Adam β1：</translation>
    </message>
    <message>
        <source>Adam β2:</source>
        <translation>Adam β2：</translation>
    </message>
    <message>
        <source>Adam ε:</source>
        <translation>Adam ε：</translation>
    </message>
    <message>
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <source>Keep probability</source>
        <translation>保留概率</translation>
    </message>
    <message>
        <source>Momentum β</source>
        <translation>动量 β</translation>
    </message>
    <message>
        <source>Adam β1</source>
        <translation>Adam β1</translation>
    </message>
    <message>
        <source>Adam β2</source>
        <translation>Adam β2</translation>
    </message>
    <message>
        <source>Adam ε</source>
        <translation>Adam ε</translation>
    </message>
    <message>
        <source>%1: give a number such as %2.</source>
        <translation>%1：请填一个数，例如 %2。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>check the values</source>
        <translation>请检查数值</translation>
    </message>
    <message>
        <source>Regularization &amp;&amp; optimizer: none</source>
        <translation>正则化与优化器：无</translation>
    </message>
    <message>
        <source>Regularization &amp;&amp; optimizer: %1</source>
        <translation>正则化与优化器：%1</translation>
    </message>
    <message>
        <source>Nothing added: the course&apos;s full-batch gradient descent.</source>
        <translation>未加任何东西：课程的全批量梯度下降。</translation>
    </message>
    <message>
        <source>Each field says here what it does while you edit it.</source>
        <translation>编辑某个字段时，这里会说明它的作用。</translation>
    </message>
    <message>
        <source>add every image &amp;mirrored</source>
        <translation>加入每张图像的镜像(&amp;M)</translation>
    </message>
    <message>
        <source>Optimi&amp;zer:</source>
        <translation>优化器(&amp;Z)：</translation>
    </message>
    <message>
        <source>Flip:</source>
        <translation>翻转：</translation>
    </message>
</context>
<context>
    <name>catnet::ui::OverfittingLabPanel</name>
    <message>
        <source>nothing added</source>
        <translation>什么都不加</translation>
    </message>
    <message>
        <source>; test cost still falling at the last iteration</source>
        <translation>；测试成本到最后一次迭代仍在下降</translation>
    </message>
    <message>
        <source>; test cost lowest at iteration %1 (test %2 there)</source>
        <translation>；测试成本在第 %1 次迭代最低（那时测试 %2）</translation>
    </message>
    <message>
        <source>diverged at iteration %1: no model to compare</source>
        <translation>在第 %1 次迭代发散：没有可比较的模型</translation>
    </message>
    <message>
        <source>gap %1 points (train %2, test %3)</source>
        <translation>差距 %1 个百分点（训练 %2，测试 %3）</translation>
    </message>
    <message>
        <source>gap %1 → %2 points, test %3 → %4: narrows the gap and lifts test accuracy</source>
        <translation>差距 %1 → %2 个百分点，测试 %3 → %4：缩小了差距，也提高了测试准确率</translation>
    </message>
    <message>
        <source>gap %1 → %2 points, test %3 → %4: narrows the gap only by fitting the training images less</source>
        <translation>差距 %1 → %2 个百分点，测试 %3 → %4：缩小差距只是因为对训练图像拟合得更少</translation>
    </message>
    <message>
        <source>gap %1 → %2 points, test %3 → %4: does not narrow the gap here</source>
        <translation>差距 %1 → %2 个百分点，测试 %3 → %4：在这里没有缩小差距</translation>
    </message>
    <message>
        <source>&amp;Compare remedies</source>
        <translation>比较对策(&amp;C)</translation>
    </message>
    <message>
        <source>Train the network on the left with nothing added, L2 at λ 0.1, 0.7 and 2, dropout keeping 0.95, 0.86 and 0.7, flipped images, and all three together, the same seed</source>
        <translation>用相同的种子训练左侧的网络：什么都不加、L2 取 λ 0.1、0.7 和 2、dropout 保留 0.95、0.86 和 0.7、翻转图像，以及三者一起</translation>
    </message>
    <message>
        <source>The course&apos;s network ends near 99 % on the training images and 80 % on the test images. What closes that gap?</source>
        <translation>课程的网络最后在训练图像上约 99 %，在测试图像上 80 %。什么能缩小这个差距？</translation>
    </message>
    <message>
        <source>Remedy</source>
        <translation>对策</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Test cost lowest at</source>
        <translation>测试成本最低处</translation>
    </message>
    <message>
        <source>What it did</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Train minus test accuracy, in percentage points</source>
        <translation>训练准确率减测试准确率，单位为百分点</translation>
    </message>
    <message>
        <source>The iteration where the test cost was lowest: where early stopping would have stopped</source>
        <translation>测试成本最低的那次迭代：提前停止（early stopping）会停在这里</translation>
    </message>
    <message>
        <source>Training %1 with %2 remedies…</source>
        <translation>正在用 %2 种对策训练 %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 runs in %2 s, the same seed. Solid: training cost; dashed: test cost. Double-click a row to open that run.</source>
        <translation>%1 次运行，用时 %2 秒，种子相同。实线：训练成本；虚线：测试成本。双击一行可打开该次运行。</translation>
    </message>
    <message>
        <source>%1 (overfitting lab)</source>
        <translation>%1（过拟合实验）</translation>
    </message>
</context>
<context>
    <name>catnet::ui::ParallelCoordinatesView</name>
    <message>
        <source>Drag along an axis to keep only the runs in that range; click an axis to clear it. Click a line to open that run.</source>
        <translation>沿一根轴拖动，只保留该范围内的运行；单击轴可清除。单击一条线可打开该次运行。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::PredictionPanel</name>
    <message>
        <source>Drop a photo anywhere on the window, or use File → Predict image… (Ctrl+P).
The network sees it resized to 64 × 64 pixels, like the training images.</source>
        <translation>把照片拖放到窗口任意位置，或使用“文件 → 预测图像…”（Ctrl+P）。
网络看到的是缩放到 64 × 64 像素的照片，与训练图像一样。</translation>
    </message>
    <message>
        <source>&amp;Open photo…</source>
        <translation>打开照片(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a photo to classify (Ctrl+P)</source>
        <translation>选择要分类的照片（Ctrl+P）</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>你的照片</translation>
    </message>
    <message>
        <source>The network&apos;s output: the probability that the photo shows a cat</source>
        <translation>网络的输出：照片中是猫的概率</translation>
    </message>
    <message>
        <source>Saliency: red pixels, made brighter, would raise P(cat); blue ones would lower it</source>
        <translation>显著性：把红色像素调亮会提高 P(猫)，蓝色像素则会降低它</translation>
    </message>
    <message>
        <source>The saliency map laid over the network&apos;s input</source>
        <translation>叠加在网络输入上的显著性图</translation>
    </message>
    <message>
        <source>Blend: the input on the left, the saliency map on the right</source>
        <translation>混合：左侧为输入，右侧为显著性图</translation>
    </message>
    <message>
        <source>Which pixels made it say so: d P(cat) / d pixel. This is exactly dA0 = W1ᵀ·dZ1 of the course&apos;s backward pass, started from P(cat) instead of the cost.</source>
        <translation>哪些像素让它这样判断：d P(猫) / d 像素。这正是课程反向传播中的 dA0 = W1ᵀ·dZ1，只是从 P(猫) 而不是成本开始。</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Network input (64 × 64)</source>
        <translation>网络输入（64 × 64）</translation>
    </message>
    <message>
        <source>Saliency over the input</source>
        <translation>叠加在输入上的显著性</translation>
    </message>
    <message>
        <source>Saliency</source>
        <translation>显著性</translation>
    </message>
    <message>
        <source>Predicted %1</source>
        <translation>已预测 %1</translation>
    </message>
    <message>
        <source>A photo to classify</source>
        <translation>要分类的照片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>catnet::ui::ProjectorPanel</name>
    <message>
        <source>The hidden layer whose activations A[l] are projected</source>
        <translation>要投影其激活值 A[l] 的隐藏层</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <source>Test images</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>两者</translation>
    </message>
    <message>
        <source>Test images are placed with the training images&apos; mean of the same frame</source>
        <translation>测试图像按同一帧训练图像的均值放置</translation>
    </message>
    <message>
        <source>Draw each image itself instead of a dot</source>
        <translation>画出每张图像本身，而不是一个点</translation>
    </message>
    <message>
        <source>Move through the run&apos;s frames, from the first report point to the trained network</source>
        <translation>依次播放这次运行的各帧，从第一个记录点到训练好的网络</translation>
    </message>
    <message>
        <source>The frame shown: the network before the update of that iteration</source>
        <translation>显示的帧：该次迭代更新之前的网络</translation>
    </message>
    <message>
        <source>Train a run to see how its hidden layers place the images.</source>
        <translation>训练一次运行，看看它的隐藏层如何摆放这些图像。</translation>
    </message>
    <message>
        <source>Point at an image to see it here; click it to select it in the Data and Inside tabs.</source>
        <translation>把鼠标指向一张图像即可在这里看到它；点击它即可在“数据”和“内部”标签页中选中它。</translation>
    </message>
    <message>
        <source>Test image %1 is selected in the Data tab</source>
        <translation>已在“数据”标签页中选中测试图像 %1</translation>
    </message>
    <message>
        <source>Training image %1 is selected in the Data and Inside tabs</source>
        <translation>已在“数据”和“内部”标签页中选中训练图像 %1</translation>
    </message>
    <message>
        <source>test image %1</source>
        <translation>测试图像 %1</translation>
    </message>
    <message>
        <source>training image %1</source>
        <translation>训练图像 %1</translation>
    </message>
    <message>
        <source>Training the run again to see it frame by frame…</source>
        <translation>正在重新训练这次运行，以便逐帧查看…</translation>
    </message>
    <message>
        <source>Training %1 again to see it frame by frame…</source>
        <translation>正在重新训练 %1，以便逐帧查看…</translation>
    </message>
    <message>
        <source>axis 1 (%1 % of the variance)</source>
        <translation>轴 1（方差的 %1 %）</translation>
    </message>
    <message>
        <source>axis 2 (%1 %)</source>
        <translation>轴 2（%1 %）</translation>
    </message>
    <message>
        <source>iteration %1 of %2</source>
        <translation>第 %1 / %2 次迭代</translation>
    </message>
    <message>
        <source>its two main axes, which hold %1 % and %2 % of its variance in the trained network</source>
        <translation>它的两条主轴上，在训练好的网络中这两条轴分别占其方差的 %1 % 和 %2 %</translation>
    </message>
    <message>
        <source>its one unit</source>
        <translation>它唯一的单元上</translation>
    </message>
    <message>
        <source> The axes settle once every frame is in.</source>
        <translation>所有帧到齐后坐标轴才会固定。</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Test image %1: %2</source>
        <translation>测试图像 %1：%2</translation>
    </message>
    <message>
        <source>Training image %1: %2</source>
        <translation>训练图像 %1：%2</translation>
    </message>
    <message>
        <source>P(cat) = %1 at iteration %2: %3</source>
        <translation>第 %2 次迭代时 P(猫) = %1：%3</translation>
    </message>
    <message>
        <source>Pi&amp;ctures</source>
        <translation>缩略图(&amp;C)</translation>
    </message>
    <message>
        <source>Pl&amp;ay</source>
        <translation>播放(&amp;A)</translation>
    </message>
    <message>
        <source>La&amp;yer:</source>
        <translation>层(&amp;Y)：</translation>
    </message>
    <message>
        <source>Ima&amp;ges:</source>
        <translation>图像(&amp;G)：</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>暂停(&amp;A)</translation>
    </message>
    <message>
        <source>A[%1]: 1 unit</source>
        <translation>A[%1]：1 个单元</translation>
    </message>
    <message>
        <source>A[%1]: %2 units</source>
        <translation>A[%1]：%2 个单元</translation>
    </message>
    <message>
        <source> %1 training images sit on one point: every unit of layer %2 is 0 for them (the ReLU cut them all off).</source>
        <translation>有 %1 张训练图像落在同一个点上：对它们来说第 %2 层的每个单元都是 0（ReLU 把它们全部截断了）。</translation>
    </message>
    <message>
        <source>Each image as layer %1 sees it, on %2. Orange: cats, blue: non-cats (test images lighter); ringed: wrong at this iteration — %3 of %4 training images, %5 of %6 test images.%7%8</source>
        <translation>每张图像在第 %1 层眼中的位置，画在%2。橙色：猫，蓝色：非猫（测试图像颜色更浅）；带圈：在这次迭代时分错 — %4 张训练图像中的 %3 张，%6 张测试图像中的 %5 张。%7%8</translation>
    </message>
    <message>
        <source>The run&apos;s first frame comes at iteration 0…</source>
        <translation>这次运行的第一帧在第 0 次迭代时到来…</translation>
    </message>
    <message>
        <source>Following %1 as it trains: %2 frames so far.</source>
        <translation>正在跟随训练中的 %1：目前已有 %2 帧。</translation>
    </message>
    <message>
        <source>%1 frames, recorded as %2 trained.</source>
        <translation>%1 帧，在 %2 训练时记录下来。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::ReplayStopButton</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop training the run again for its frames; the frames so far stay</source>
        <translation>停止为取得各帧而重新训练；已有的帧保留</translation>
    </message>
</context>
<context>
    <name>catnet::ui::RunBundleActions</name>
    <message>
        <source>catnet runs (*.h5);;All files (*)</source>
        <translation>catnet 运行集 (*.h5);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export r&amp;uns…</source>
        <translation>导出多个运行(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Import runs…</source>
        <translation>导入运行(&amp;I)…</translation>
    </message>
    <message>
        <source>Several runs in one file, with their weights, costs, names and numbers, for another catnet</source>
        <translation>把几个运行连同权重、成本、名称和编号放进一个文件，交给另一个 catnet</translation>
    </message>
    <message>
        <source>Takes in the runs of a file written with Export runs…; a run already here is not added twice</source>
        <translation>读入用“导出多个运行…”写出的文件中的运行；已有的运行不会重复添加</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>导入运行</translation>
    </message>
    <message>
        <source>Exporting runs: %1 of %2</source>
        <translation>正在导出运行：%1 / %2</translation>
    </message>
    <message>
        <source>Cannot export the runs</source>
        <translation>无法导出这些运行</translation>
    </message>
    <message>
        <source>Exported 1 run to %1</source>
        <translation>已把 1 个运行导出到 %1</translation>
    </message>
    <message>
        <source>Exported %1 runs to %2</source>
        <translation>已把 %1 个运行导出到 %2</translation>
    </message>
    <message>
        <source>Imported 1 run from %1</source>
        <translation>已从 %1 导入 1 个运行</translation>
    </message>
    <message>
        <source>Imported %1 runs from %2</source>
        <translation>已从 %2 导入 %1 个运行</translation>
    </message>
    <message>
        <source>; 1 was here already</source>
        <translation>；1 个运行本来就在</translation>
    </message>
    <message>
        <source>; %1 were here already</source>
        <translation>；%1 个运行本来就在</translation>
    </message>
    <message>
        <source>Cannot import the runs</source>
        <translation>无法导入这些运行</translation>
    </message>
    <message>
        <source>

No run of this file was imported.</source>
        <translation>

这个文件中的运行一个也没有导入。</translation>
    </message>
    <message>
        <source>Export runs</source>
        <translation>导出多个运行</translation>
    </message>
</context>
<context>
    <name>catnet::ui::RunBundler</name>
    <message>
        <source>Choose at least one finished run to export.</source>
        <translation>请至少选择一个已结束的运行来导出。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::RunController</name>
    <message>
        <source>remove %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>built-in shapes (%1)</source>
        <translation>内置形状（%1）</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>无法训练</translation>
    </message>
    <message>
        <source>A run is already training; stop it first (Esc).</source>
        <translation>已有一次运行正在训练；请先停止它（Esc）。</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>请先打开一个数据集。</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Cannot open the run</source>
        <translation>无法打开运行</translation>
    </message>
    <message>
        <source>Train a model or select a run first.</source>
        <translation>请先训练一个模型或选择一次运行。</translation>
    </message>
    <message>
        <source>built-in shapes</source>
        <translation>内置图形</translation>
    </message>
</context>
<context>
    <name>catnet::ui::RunFileActions</name>
    <message>
        <source>&amp;Save model…</source>
        <translation>保存模型(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Load model…</source>
        <translation>加载模型(&amp;L)…</translation>
    </message>
    <message>
        <source>Export &amp;costs of all runs as CSV…</source>
        <translation>将所有运行的成本导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export c&amp;hart as PNG…</source>
        <translation>将图表导出为 PNG(&amp;H)…</translation>
    </message>
    <message>
        <source>HDF5 model (*.h5);;All files (*)</source>
        <translation>HDF5 模型 (*.h5);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save model</source>
        <translation>保存模型</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>加载模型</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot save the model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <source>Cannot load the model</source>
        <translation>无法加载模型</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>模型已加载</translation>
    </message>
    <message>
        <source>The model expects %1 input features but the data has %2, so it cannot be evaluated on this dataset.</source>
        <translation>该模型需要 %1 个输入特征，但数据有 %2 个，因此无法在这个数据集上评估。</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>已将图表导出到 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 could not be kept for the next session: %2</source>
        <translation>%1 无法保留到下次使用：%2</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Save the run elsewhere</source>
        <translation>将运行保存到其他位置</translation>
    </message>
    <message>
        <source>HDF5 model (*.h5)</source>
        <translation>HDF5 模型 (*.h5)</translation>
    </message>
    <message>
        <source>Export the cost history of the one run</source>
        <translation>导出这一次运行的成本历史</translation>
    </message>
    <message>
        <source>Export the cost history of all %1 runs</source>
        <translation>导出全部 %1 次运行的成本历史</translation>
    </message>
    <message>
        <source>Exported the costs of 1 run to %1</source>
        <translation>已将 1 次运行的成本导出到 %1</translation>
    </message>
    <message>
        <source>Exported the costs of %1 runs to %2</source>
        <translation>已将 %1 次运行的成本导出到 %2</translation>
    </message>
    <message>
        <source>Export run as &amp;Jupyter notebook…</source>
        <translation>把运行导出为 Jupyter 笔记本(&amp;J)…</translation>
    </message>
    <message>
        <source>A Jupyter notebook that trains the current run again with numpy, in the course&apos;s functions, and checks that it gets catnet&apos;s numbers</source>
        <translation>一个 Jupyter 笔记本：用 numpy 和课程中的函数重新训练当前运行，并检查它得到的数值与 catnet 相同</translation>
    </message>
    <message>
        <source>Export run as notebook</source>
        <translation>把运行导出为笔记本</translation>
    </message>
    <message>
        <source>Jupyter notebook (*.ipynb)</source>
        <translation>Jupyter 笔记本 (*.ipynb)</translation>
    </message>
    <message>
        <source>Cannot export as a notebook</source>
        <translation>无法导出为笔记本</translation>
    </message>
    <message>
        <source>Exported %1 as a notebook to %2: run it in Jupyter to train it again with numpy</source>
        <translation>已把 %1 导出为笔记本 %2：在 Jupyter 中运行它，即可用 numpy 重新训练</translation>
    </message>
    <message>
        <source>Export run &amp;report as HTML…</source>
        <translation>把运行报告导出为 HTML(&amp;R)…</translation>
    </message>
    <message>
        <source>One page a teacher can open in any browser and print: the run&apos;s settings, curves, accuracies, mistakes and first-layer units</source>
        <translation>一个老师可以在任何浏览器中打开并打印的页面：这次运行的设置、曲线、准确率、错误和第一层的单元</translation>
    </message>
    <message>
        <source>Export run report</source>
        <translation>导出运行报告</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Cannot export the report</source>
        <translation>无法导出报告</translation>
    </message>
    <message>
        <source>Exported the report of %1 to %2</source>
        <translation>已把 %1 的报告导出到 %2</translation>
    </message>
</context>
<context>
    <name>catnet::ui::RunPickerDialog</name>
    <message>
        <source>Export runs</source>
        <translation>导出多个运行</translation>
    </message>
    <message>
        <source>The runs checked go into one file, with their weights, costs, names and numbers. Another catnet takes them in with File → Import runs…</source>
        <translation>勾选的运行连同权重、成本、名称和编号写进一个文件。另一个 catnet 用“文件 → 导入运行…”读入它们。</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export 1 run…</source>
        <translation>导出 1 个运行(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Export %1 runs…</source>
        <translation>导出 %1 个运行(&amp;E)…</translation>
    </message>
    <message>
        <source>  test %1%</source>
        <translation>  测试 %1%</translation>
    </message>
</context>
<context>
    <name>catnet::ui::RunsModel</name>
    <message>
        <source>This run could not be kept for the next session: %1
File → Save model… saves it elsewhere.</source>
        <translation>这次运行无法保留到下次使用：%1
“文件 → 保存模型…”可把它保存到其他位置。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Final cost</source>
        <translation>最终成本</translation>
    </message>
    <message>
        <source>Train acc.</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Test acc.</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>init %1</source>
        <translation>初始化 %1</translation>
    </message>
    <message>
        <source>%1 it.</source>
        <translation>%1 次迭代</translation>
    </message>
    <message>
        <source>stopped at %1 it.</source>
        <translation>停在第 %1 次迭代</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source>Measured on %1, not on the data set open now; Run → Evaluate on the open data measures it there</source>
        <translation>在%1上测量，而不是当前打开的数据集；运行 → 在打开的数据上评估，会在那里测量它</translation>
    </message>
    <message>
        <source>open data</source>
        <translation>打开的数据</translation>
    </message>
    <message>
        <source>This run&apos;s accuracies were measured on %1 (content %2)</source>
        <translation>此运行的准确率是在%1上测量的（内容 %2）</translation>
    </message>
    <message>
        <source>Train and test accuracy on the data set open now, measured with Run → Evaluate on the open data</source>
        <translation>在当前打开的数据集上的训练和测试准确率，由 运行 → 在打开的数据上评估 测得</translation>
    </message>
    <message>
        <source>course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>On open data</source>
        <translation>在打开的数据上</translation>
    </message>
</context>
<context>
    <name>catnet::ui::StatusBar</name>
    <message>
        <source>The dataset in use</source>
        <translation>正在使用的数据集</translation>
    </message>
    <message>
        <source>Writing a model file</source>
        <translation>正在写入模型文件</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Reading the data set in %1…</source>
        <translation>正在读取 %1 中的数据集…</translation>
    </message>
    <message>
        <source>Stopped reading %1; the data set in use stays</source>
        <translation>已停止读取 %1；继续使用当前的数据集</translation>
    </message>
    <message>
        <source>Opened the data set in %1</source>
        <translation>已打开 %1 中的数据集</translation>
    </message>
    <message>
        <source>Reading kept runs: %1 of %2</source>
        <translation>正在读取保留的运行：%1 / %2</translation>
    </message>
    <message>
        <source>Saving %1 to %2…</source>
        <translation>正在把 %1 保存到 %2…</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Reading a data set or a model</source>
        <translation>正在读取数据集或模型</translation>
    </message>
    <message>
        <source>Stop reading; what is in use stays</source>
        <translation>停止读取；正在使用的内容保持不变</translation>
    </message>
    <message>
        <source>Reading the model %1…</source>
        <translation>正在读取模型 %1…</translation>
    </message>
    <message>
        <source>Stopped reading the model %1</source>
        <translation>已停止读取模型 %1</translation>
    </message>
    <message>
        <source>Loaded the model %1</source>
        <translation>已载入模型 %1</translation>
    </message>
    <message>
        <source>The dataset in use: %1</source>
        <translation>正在使用的数据集：%1</translation>
    </message>
    <message>
        <source>Reading the selected run&apos;s weights…</source>
        <translation>正在读取所选运行的权重…</translation>
    </message>
    <message>
        <source>Reading the runs in %1…</source>
        <translation>正在读取 %1 中的运行…</translation>
    </message>
    <message>
        <source>Stopped reading the runs in %1; none was imported</source>
        <translation>已停止读取 %1 中的运行；一个也没有导入</translation>
    </message>
</context>
<context>
    <name>catnet::ui::SweepPanel</name>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Initialization</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Layer sizes</source>
        <translation>各层大小</translation>
    </message>
    <message>
        <source>(nothing else)</source>
        <translation>（不选）</translation>
    </message>
    <message>
        <source>Values separated by commas (layer sizes: lists separated by semicolons, e.g. 12288,7,1; 12288,20,7,5,1)</source>
        <translation>用逗号分隔的取值（各层大小：用分号分隔的列表，例如 12288,7,1; 12288,20,7,5,1）</translation>
    </message>
    <message>
        <source>&amp;Run sweep</source>
        <translation>运行扫描(&amp;R)</translation>
    </message>
    <message>
        <source>Train every combination with the other settings from the form on the left</source>
        <translation>用左侧表单中的其他设置训练每一种组合</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%v of %m runs</source>
        <translation>%v / %m 次运行</translation>
    </message>
    <message>
        <source>Every combination trains on both cores, ten runs sharing one product at a time.</source>
        <translation>每种组合都在两个核心上训练，每次十个运行共享一次矩阵乘积。</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Final cost</source>
        <translation>最终成本</translation>
    </message>
    <message>
        <source>Train − test gap</source>
        <translation>训练 − 测试差距</translation>
    </message>
    <message>
        <source>&amp;Vary:</source>
        <translation>变化(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;and:</source>
        <translation>以及(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: give at least one value</source>
        <translation>%1：请至少给出一个值</translation>
    </message>
    <message>
        <source>A sweep is already running.</source>
        <translation>已有一个扫描正在运行。</translation>
    </message>
    <message>
        <source>The settings on the left are not valid; fix them first (they give every run its other settings).</source>
        <translation>左侧的设置无效，请先修正（它们为每次运行提供其余设置）。</translation>
    </message>
    <message>
        <source>Open a dataset first.</source>
        <translation>请先打开一个数据集。</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>发散</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message>
        <source>%1
final cost %2, train %3, test %4
%5 — click to open this run</source>
        <translation>%1
最终成本 %2，训练 %3，测试 %4
%5 — 点击打开这次运行</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>%1 of %2 runs in %3 s</source>
        <translation>%2 次运行中已完成 %1 次，用时 %3 秒</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>，约剩 %1 秒</translation>
    </message>
    <message>
        <source>The sweep failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 runs (%3 s).</source>
        <translation>在 %2 次运行中的第 %1 次后停止（%3 秒）。</translation>
    </message>
    <message>
        <source>%1 runs in %2 s (%3 s per run).</source>
        <translation>%1 次运行用时 %2 秒（每次 %3 秒）。</translation>
    </message>
    <message>
        <source>%1 (sweep: %2)</source>
        <translation>%1（扫描：%2）</translation>
    </message>
    <message>
        <source>%1: dark is worse, light is better</source>
        <translation>%1：深色较差，浅色较好</translation>
    </message>
    <message>
        <source>layers [%1]</source>
        <translation>各层 [%1]</translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation>学习率 %1</translation>
    </message>
    <message>
        <source>%1 init</source>
        <translation>%1 初始化</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>Every cell also uses %1 (from the form on the left).</source>
        <translation>每个格子还使用 %1（取自左侧的表单）。</translation>
    </message>
    <message>
        <source>Every other setting comes from the form on the left.</source>
        <translation>其余设置都取自左侧的表单。</translation>
    </message>
    <message>
        <source>Best on the test set: %1% (%2); worst: %3% (%4).</source>
        <translation>测试集上最好：%1%（%2）；最差：%3%（%4）。</translation>
    </message>
    <message>
        <source>With %1 test images one image is %2 points, and an accuracy near %3% is uncertain by about ±%4 points, so two cells less than about %5 points apart may differ by chance alone.</source>
        <translation>测试图像只有 %1 张，一张图像就是 %2 个百分点；约 %3% 的准确率本身约有 ±%4 个百分点的不确定性，因此相差不到约 %5 个百分点的两个格子，可能只是偶然不同。</translation>
    </message>
    <message>
        <source>Here the whole spread is %1 points: try other seeds or a larger test set before calling one setting better.</source>
        <translation>这里最大差距只有 %1 个百分点：先换几个种子或用更大的测试集，再判断哪个设置更好。</translation>
    </message>
    <message>
        <source>Here the spread is %1 points, more than that.</source>
        <translation>这里的差距是 %1 个百分点，超过了这个范围。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>L2 λ</source>
        <translation>L2 λ</translation>
    </message>
    <message>
        <source>Keep probability</source>
        <translation>保留概率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>and:</source>
        <translation>以及：</translation>
    </message>
    <message>
        <source>Click a cell or a line to open that run.</source>
        <translation>单击一个格子或一条线可打开该次运行。</translation>
    </message>
    <message>
        <source>%1 is chosen twice: choose different settings, or (nothing else)</source>
        <translation>%1 被选了两次：请选择不同的设置，或选“（不选）”</translation>
    </message>
</context>
<context>
    <name>catnet::ui::TourDock</name>
    <message>
        <source>Course tour</source>
        <translation>课程导览</translation>
    </message>
    <message>
        <source>New to catnet? The course tour walks through the assignment step by step: the data, the 2-layer and the L-layer model, the mislabeled images, your own photo.</source>
        <translation>第一次使用 catnet？课程导览会一步步带你完成作业：数据、两层模型和 L 层模型、分错的图像、你自己的照片。</translation>
    </message>
    <message>
        <source>Start the course tour</source>
        <translation>开始课程导览</translation>
    </message>
</context>
<context>
    <name>catnet::ui::TrainingActions</name>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train the network with these settings (Ctrl+R)</source>
        <translation>用这些设置训练网络（Ctrl+R）</translation>
    </message>
    <message>
        <source>Stop after the current iteration and keep what was learned (Esc)</source>
        <translation>在当前迭代之后停止，并保留已学到的内容（Esc）</translation>
    </message>
    <message>
        <source>Hold the run between two iterations without ending it; Train continues it (F6)</source>
        <translation>在两次迭代之间停住运行而不结束它；“训练”可继续（F6）</translation>
    </message>
    <message>
        <source>Run exactly one iteration of gradient descent, from a fresh initialization or where the paused run stands, and look inside it (F10)</source>
        <translation>从新的初始化或暂停的运行所在之处，只运行一次梯度下降迭代，并查看其内部（F10）</translation>
    </message>
    <message>
        <source>Cannot train</source>
        <translation>无法训练</translation>
    </message>
    <message>
        <source>Pausing after the current iteration: Step (F10) runs one more, Train continues</source>
        <translation>将在当前迭代之后暂停：单步（F10）再运行一次，训练则继续</translation>
    </message>
    <message>
        <source>Cannot step</source>
        <translation>无法单步运行</translation>
    </message>
    <message>
        <source>Stopping after the current iteration…</source>
        <translation>将在当前迭代之后停止…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <source>St&amp;ep</source>
        <translation>单步(&amp;E)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
</context>
<context>
    <name>catnet::ui::TrainingColumn</name>
    <message>
        <source>Iterations done of the run</source>
        <translation>本次运行已完成的迭代次数</translation>
    </message>
    <message>
        <source>Share of training images the selected run classifies correctly</source>
        <translation>选中的运行正确分类的训练图像比例</translation>
    </message>
    <message>
        <source>Share of test images (never trained on) the selected run classifies correctly</source>
        <translation>选中的运行正确分类的测试图像（从未用于训练）比例</translation>
    </message>
    <message>
        <source>paused before iteration %1 · Step (F10) runs it · Continue (Ctrl+R)</source>
        <translation>已在第 %1 次迭代前暂停 · 单步（F10）运行它 · 继续（Ctrl+R）</translation>
    </message>
    <message>
        <source>iteration %1 of %2 · %3 it/s
%4 left · cost %5</source>
        <translation>第 %1 / %2 次迭代 · 每秒 %3 次
剩余 %4 · 成本 %5</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source> · cost %1</source>
        <translation> · 成本 %1</translation>
    </message>
    <message>
        <source>Train accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Measured on %1, not on the data set open now.</source>
        <translation>在%1上测量，而不是当前打开的数据集。</translation>
    </message>
    <message>
        <source>On the open data: train %1%, test %2%.</source>
        <translation>在打开的数据上：训练 %1%，测试 %2%。</translation>
    </message>
    <message>
        <source>Run → Evaluate on the open data measures it there.</source>
        <translation>运行 → 在打开的数据上评估，可在那里测量它。</translation>
    </message>
</context>
<context>
    <name>catnet::ui::TrainingTab</name>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Plot each run&apos;s cost or its accuracy, on the training set (solid) and the test set (dashed)</source>
        <translation>绘制每次运行的成本或准确率，训练集（实线）和测试集（虚线）</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Show the cost on a logarithmic axis: late progress and runs of very different costs become readable</source>
        <translation>在对数坐标轴上显示成本：后期的进展以及成本相差很大的运行都能看清</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <source>Every run so far; select one to make it the current model (Delete removes it)</source>
        <translation>到目前为止的所有运行；选择一个作为当前模型（Delete 删除）</translation>
    </message>
    <message>
        <source>#%1 ⚠</source>
        <translation>#%1 ⚠</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Show every run, hidden ones too, over all its iterations (drag a rectangle or turn the wheel on the chart to zoom; a double or right click does the same as this button)</source>
        <translation>显示每次运行（包括隐藏的）的全部迭代（在图表上拖出矩形或滚动滚轮可缩放；双击或右键单击与此按钮作用相同）</translation>
    </message>
    <message>
        <source>%1 ⚠ %2</source>
        <translation>%1 ⚠ %2</translation>
    </message>
</context>
<context>
    <name>catnet::ui::UnitPreview</name>
    <message>
        <source>unit %1, pixel (row %2, column %3), %4:
red %5 · green %6 · blue %7</source>
        <translation>单元 %1，像素（第 %2 行，第 %3 列），%4：
红 %5 · 绿 %6 · 蓝 %7</translation>
    </message>
</context>
<context>
    <name>catnet::ui::ViewMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>catnet::ui::WeightMatrixView</name>
    <message>
        <source>W[%1][%2, %3] = %4 (from unit %3 of layer %5 to unit %2 of layer %1)</source>
        <translation>W[%1][%2, %3] = %4（从第 %5 层的单元 %3 到第 %1 层的单元 %2）</translation>
    </message>
</context>
<context>
    <name>catnet::ui::WeightsView</name>
    <message>
        <source>W[1]</source>
        <translation>W[1]</translation>
    </message>
    <message>
        <source>W[1] − W[1] at initialization</source>
        <translation>W[1] − 初始化时的 W[1]</translation>
    </message>
    <message>
        <source>The weights, or how far training has moved them from their random start</source>
        <translation>权重本身，或训练让它们离随机起点移动了多远</translation>
    </message>
    <message>
        <source>each unit to its largest |value|</source>
        <translation>每个单元按其最大 |值| 缩放</translation>
    </message>
    <message>
        <source>one scale for all units</source>
        <translation>所有单元使用同一刻度</translation>
    </message>
    <message>
        <source>One scale compares units with each other; a scale per unit shows each unit&apos;s pattern</source>
        <translation>同一刻度便于单元之间比较；每个单元各自的刻度则显示每个单元的模式</translation>
    </message>
    <message>
        <source>Each first-layer unit&apos;s weights laid out like the input image; click one to see its values</source>
        <translation>第一层每个单元的权重按输入图像的形状排列；点击一个可查看其数值</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>刻度：</translation>
    </message>
    <message>
        <source>Hover a pixel for its weights</source>
        <translation>把鼠标悬停在像素上可查看其权重</translation>
    </message>
    <message>
        <source>Train a model (or select a run) to see what its first layer looks for.</source>
        <translation>训练一个模型（或选择一次运行），看看它的第一层在寻找什么。</translation>
    </message>
    <message>
        <source>This model&apos;s first layer cannot be shown as images.</source>
        <translation>这个模型的第一层无法显示为图像。</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>单元 %1</translation>
    </message>
    <message>
        <source>first-layer unit %1: %2 from %3 to %4</source>
        <translation>第一层单元 %1：%2 从 %3 到 %4</translation>
    </message>
    <message>
        <source>change since initialization</source>
        <translation>相对初始化的变化</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>How far training moved each of the %1 first-layer units of %2 from its random start (%3 initialization, seed %4): the structure learned. Grey = unchanged, darker = decreased, brighter = increased.</source>
        <translation>训练让 %2 的 %1 个第一层单元分别离随机起点（%3 初始化，种子 %4）移动了多远：这就是学到的结构。灰色 = 未变，更暗 = 减小，更亮 = 增大。</translation>
    </message>
    <message>
        <source>The %1 first-layer units of %2: grey = 0, darker = negative weight, brighter = positive. Why they look like noise: every weight starts random, and %3 iterations on a few hundred images move it only a little, so the random start still dominates. Choose &quot;W[1] − W[1] at initialization&quot; above to see only what training changed.</source>
        <translation>%2 的 %1 个第一层单元：灰色 = 0，更暗 = 负权重，更亮 = 正权重。为什么看起来像噪声：每个权重都从随机值开始，在几百张图像上迭代 %3 次只让它移动了一点，随机起点仍占主导。在上方选择“W[1] − 初始化时的 W[1]”，就只看训练带来的变化。</translation>
    </message>
    <message>
        <source>W[%1] (%2 × %3)</source>
        <translation>W[%1]（%2 × %3）</translation>
    </message>
    <message>
        <source>darker = decreased, brighter = increased</source>
        <translation>更暗 = 减小，更亮 = 增大</translation>
    </message>
    <message>
        <source>darker = negative, brighter = positive</source>
        <translation>更暗 = 负，更亮 = 正</translation>
    </message>
    <message>
        <source>max |value| of each unit</source>
        <translation>每个单元的最大 |值|</translation>
    </message>
    <message>
        <source>blue negative, red positive</source>
        <translation>蓝为负，红为正</translation>
    </message>
</context>
<context>
    <name>catnet::ui::WindowHost</name>
    <message>
        <source>catnet will speak %1 from its next start: switching now would end the work under way in %2. Choose it again when that has finished.</source>
        <translation>catnet 将从下次启动起使用%1：现在切换会中断“%2”中正在进行的工作。完成后请再次选择。</translation>
    </message>
    <message>
        <source>catnet now speaks %1</source>
        <translation>catnet 现已切换为%1</translation>
    </message>
</context>
<context>
    <name>catnet::ui::WorkspaceTabs</name>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Every run&apos;s cost curve and the table of runs</source>
        <translation>每次运行的成本曲线和运行列表</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>One iteration of forward and backward propagation, layer by layer</source>
        <translation>一次前向和反向传播的迭代，逐层显示</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Each layer&apos;s activations, dead units and gradients over the iterations</source>
        <translation>各层的激活值、死亡单元和梯度随迭代的变化</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>The training and test images with their labels and the current run&apos;s P(cat)</source>
        <translation>训练和测试图像，以及它们的标签和当前运行的 P(猫)</translation>
    </message>
    <message>
        <source>Mislabeled</source>
        <translation>分错的图像</translation>
    </message>
    <message>
        <source>The images the current run gets wrong, and its confusion matrix</source>
        <translation>当前运行分错的图像，以及它的混淆矩阵</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>What the first layer&apos;s units look for, as images</source>
        <translation>第一层单元在寻找什么，以图像显示</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Your own photo: cat or not?</source>
        <translation>你自己的照片：是不是猫？</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>损失曲面</translation>
    </message>
    <message>
        <source>The cost along the way from the initial to the trained weights, and around them</source>
        <translation>从初始权重到训练后权重一路上的成本，以及它们周围的成本</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Train every combination of one or two settings and compare them on a heat map</source>
        <translation>训练一到两个设置的每种组合，并在热图上比较</translation>
    </message>
    <message>
        <source>%1, after its last update</source>
        <translation>%1，最后一次更新之后</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Your webcam&apos;s picture with P(cat), live; capture pictures for a data set of your own</source>
        <translation>实时显示摄像头画面及其 P(猫)；拍下图片，组成你自己的数据集</translation>
    </message>
    <message>
        <source>the paused run (just run; it now waits before iteration %1)</source>
        <translation>暂停的运行（刚刚运行；现在停在第 %1 次迭代之前）</translation>
    </message>
    <message>
        <source>the paused run (the iteration it waits before)</source>
        <translation>暂停的运行（它停在这次迭代之前）</translation>
    </message>
    <message>
        <source>Labs</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Initializations</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>The same network from five weight initializations, side by side</source>
        <translation>同一个网络从五种权重初始化出发，并排比较</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>The same network with each remedy for overfitting (L2, dropout, flipped images), side by side</source>
        <translation>同一个网络分别加上每种过拟合对策（L2、dropout、翻转图像），并排比较</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>The same network with gradient descent, momentum and Adam, side by side</source>
        <translation>同一个网络分别用梯度下降、动量和 Adam，并排比较</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>A short run whose learning rate grows: where does the cost fall fastest?</source>
        <translation>一次学习率逐步增长的短训练：成本在哪里下降得最快？</translation>
    </message>
    <message>
        <source>The same network from five initializations, with each remedy for overfitting, with each optimizer; and a learning-rate finder</source>
        <translation>同一个网络从五种初始化出发、加上每种过拟合对策、用每种优化器；以及学习率搜索</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>投影</translation>
    </message>
    <message>
        <source>The images as points on a hidden layer&apos;s two main axes, moving through the run: how the layers pull cats and non-cats apart</source>
        <translation>把图像画成隐藏层两条主轴上的点，并随训练过程移动：看各层如何把猫和非猫分开</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Predict a folder: every photo in it with P(cat); sort, filter, export</source>
        <translation>预测一个文件夹：其中每张照片及其 P(猫)；可排序、筛选、导出</translation>
    </message>
    <message>
        <source>Images as points</source>
        <translation>图像化为点</translation>
    </message>
    <message>
        <source>Decision surface</source>
        <translation>决策曲面</translation>
    </message>
    <message>
        <source>P(cat) over the plane through three images, with the line where the answer turns</source>
        <translation>穿过三张图像的平面上的 P(猫)，以及答案翻转处的那条线</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Each layer&apos;s weights, gradients and values over the run, as percentile bands: does a layer die, saturate or explode?</source>
        <translation>每层的权重、梯度和数值在训练过程中的百分位色带：某层是否死掉、饱和或爆炸？</translation>
    </message>
    <message>
        <source>What the network learned: the images as points on a hidden layer&apos;s two main axes, moving through the run; P(cat) over the plane through three images; each layer&apos;s values over the run</source>
        <translation>网络学到了什么：图像作为隐藏层两条主轴上的点，随训练移动；经过三张图像的平面上的 P(cat)；每层数值在训练过程中的变化</translation>
    </message>
</context>
</TS>
