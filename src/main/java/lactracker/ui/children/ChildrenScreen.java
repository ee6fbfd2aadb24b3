package lactracker.ui.children;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import lactracker.app.ChildrenService;
import lactracker.ui.Messages;
import lactracker.ui.assessment.AssessmentFormView;
import lactracker.ui.assessment.AssessmentFormViewModel;
import lactracker.ui.child.ChildRecordView;
import lactracker.ui.child.ChildRecordViewModel;
import lactracker.ui.task.TaskRunner;

/**
 * The Children screen as the nurse moves through it: the list, a child's record, an assessment form,
 * one at a time in the same place, Esc going back a step. Leaving a form with unsaved changes asks first.
 */
public final class ChildrenScreen {
    private final StackPane root = new StackPane();
    private final ChildrenViewModel listModel;
    private final ChildrenView list;
    private final ChildRecordViewModel recordModel;
    private final ChildRecordView record;
    private final AssessmentFormViewModel formModel;
    private final AssessmentFormView form;
    private long openChild = -1;
    private Runnable returnTo;
    private java.util.function.LongConsumer onChildChanged = id -> { };

    public ChildrenScreen(TaskRunner runner, ChildrenService service, String logFolder) {
        this(runner, service, null, logFolder);
    }

    /** @param documents where a record's documents are made; null offers none */
    public ChildrenScreen(TaskRunner runner, ChildrenService service, lactracker.app.DocumentService documents,
            String logFolder) {
        root.getProperties().put(lactracker.ui.Forms.FIRST, (Runnable) this::focusDefault);
        listModel = new ChildrenViewModel(runner, service, logFolder);
        recordModel = new ChildRecordViewModel(runner, service, logFolder, childId -> {
            listModel.refreshChild(childId);
            onChildChanged.accept(childId);
        });
        recordModel.setDay(() -> listModel.asAtProperty().get());
        recordModel.setDocuments(documents);
        formModel = new AssessmentFormViewModel(runner, service, logFolder, childId -> {
            listModel.refreshChild(childId);
            recordModel.load(childId);
            onChildChanged.accept(childId);
        });
        list = new ChildrenView(listModel, this::openChild, this::addChild);
        form = new AssessmentFormView(formModel, this::backToRecord);
        record = new ChildRecordView(recordModel, this::backToList, request -> {
            var r = recordModel.recordProperty().get();
            if (r != null) {
                formModel.open(r, request.assessmentId(), request.type());
                showForm();
            }
        });
        root.setId("children-screen");
        root.getProperties().put(lactracker.ui.print.Printout.KEY, (java.util.function.Supplier<lactracker.ui.print.Printout>)
                () -> root.getChildren().contains(list.root()) ? list.printout()
                        : root.getChildren().contains(record.root()) ? record.printout() : null);
        root.getProperties().put(ChildrenViewModel.class, listModel);
        show(list.root());
        listModel.load();
    }

    private void showForm() {
        show(form.root(), form::focusFirst);
    }

    private void show(Node node) {
        root.getChildren().setAll(node);
    }

    /**
     * Shows a part and then puts the keyboard in it. Removing the part that held the focus makes the
     * scene pass the focus on during a later pulse, which would undo a request made at once; so the
     * request is made now, and again after the next layout pass.
     */
    private void show(Node node, Runnable focus) {
        show(node);
        focus.run();
        javafx.scene.Scene scene = root.getScene();
        if (scene != null) {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                if (root.getChildren().contains(node)) {
                    focus.run();
                }
            };
            scene.addPostLayoutPulseListener(once[0]);
            javafx.application.Platform.requestNextPulse();
        }
    }

    /** Opens a child's record from the list. */
    public void openChild(long childId) {
        openChild(childId, null, null, null);
    }

    /**
     * Opens a child's record from another screen, on the tab {@code tab} (a tab's id, or null for the
     * first); Back, named after {@code backTo} (that screen's title), then runs {@code back} to return
     * there, in place of showing the list.
     */
    public void openChild(long childId, String tab, String backTo, Runnable back) {
        openChild = childId;
        returnTo = back;
        record.setBackTo(back == null ? null : backTo);
        recordModel.load(childId);
        record.selectTab(tab);
        show(record.root(), record::focusFirst);
    }

    private void addChild() {
        openChild = -1;
        recordModel.startNew();
        show(record.root(), record::focusFirst);
    }

    private void backToList() {
        if (recordModel.dirtyProperty().get() && !discard(Messages.get("unsaved.child"))) {
            return;
        }
        recordModel.revert();
        long selected = openChild;
        Runnable back = returnTo;
        returnTo = null;
        if (back != null) {
            show(list.root()); // the next visit to the Children screen starts at the list
            list.select(selected);
            back.run();
            return;
        }
        show(list.root(), () -> {
            if (selected >= 0) {
                list.select(selected);
            } else {
                list.focusSearch();
            }
        });
    }

    private void backToRecord() {
        if (formModel.dirtyProperty().get() && !discard(Messages.get("unsaved.assessment"))) {
            return;
        }
        formModel.revert();
        show(record.root(), record::focusFirst);
    }

    /** Puts the keyboard where the work of the part showing starts (the search box on the list). */
    private void focusDefault() {
        Node showing = root.getChildren().isEmpty() ? null : root.getChildren().get(0);
        if (showing == list.root()) {
            list.focusSearch();
        } else if (showing == record.root()) {
            record.focusFirst();
        } else {
            form.focusFirst();
        }
    }

    /** Where the child record's links to the Escalations and Payments screens go. */
    public void setOnOpenElsewhere(java.util.function.LongConsumer escalations, java.util.function.LongConsumer payments) {
        record.setOnOpenEscalations(escalations);
        record.setOnOpenPayments(payments);
    }

    /** Told the child's id after each save here (the alerts work that child out again). */
    public void setOnChildChanged(java.util.function.LongConsumer listener) {
        this.onChildChanged = listener;
    }

    /** True when a record or an assessment has changes not yet saved. */
    public boolean hasUnsavedChanges() {
        return recordModel.dirtyProperty().get() || formModel.dirtyProperty().get();
    }

    /** Reads the list again (after an import, or the demo data). */
    public void reload() {
        listModel.load();
    }

    /** What holds changes not yet saved, in words, or null when nothing does. */
    public String unsavedChanges() {
        return formModel.dirtyProperty().get() ? Messages.get("unsaved.assessment")
                : recordModel.dirtyProperty().get() ? Messages.get("unsaved.child") : null;
    }

    private boolean discard(String what) {
        return lactracker.ui.Dialogs.confirmDiscard(root.getScene() == null ? null : root.getScene().getWindow(), what);
    }

    public Node root() {
        return root;
    }

    public ChildrenViewModel listModel() {
        return listModel;
    }
}
