package dev.gantry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.gantry.changeset.WorkspaceService;
import dev.gantry.security.MemberService;
import dev.gantry.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** Owners: who is in the workspace with which role, adding and removing members, and the approvals required. */
@Route(value = "members", layout = MainLayout.class)
@PageTitle("Members · Gantry")
@RolesAllowed("OWNER")
public class MembersView extends VerticalLayout {

    private final MemberService members;
    private final WorkspaceService workspaces;
    private final Grid<MemberService.Member> grid = new Grid<>();

    public MembersView(MemberService members, WorkspaceService workspaces) {
        this.members = members;
        this.workspaces = workspaces;
        addClassName("gantry-members");
        add(new H2("Members"), configureGrid(), configureAdding(), configureApprovals());
        refresh();
    }

    private Grid<MemberService.Member> configureGrid() {
        grid.addColumn(MemberService.Member::username).setHeader("Username");
        grid.addComponentColumn(this::roleSelect).setHeader("Role");
        grid.addColumn(MemberService.Member::source).setHeader("Signs in with");
        grid.addComponentColumn(member -> {
            Button remove = new Button("Remove", e -> change(() -> members.remove(member.username())));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return remove;
        });
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Select<Role> roleSelect(MemberService.Member member) {
        Select<Role> role = new Select<>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(member.role());
        role.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                change(() -> members.changeRole(member.username(), e.getValue()));
            }
        });
        return role;
    }

    private HorizontalLayout configureAdding() {
        TextField username = new TextField("Username");
        PasswordField password = new PasswordField("Initial password");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.COLLABORATOR);
        Button add = new Button("Add member", e -> {
            if (change(() -> members.add(username.getValue().strip(), password.getValue(), role.getValue()))) {
                username.clear();
                password.clear();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout adding = new HorizontalLayout(username, password, role, add);
        adding.setAlignItems(FlexComponent.Alignment.BASELINE);
        return adding;
    }

    private HorizontalLayout configureApprovals() {
        IntegerField required = new IntegerField("Approvals a change set needs");
        required.setMin(1);
        required.setMax(10);
        required.setStepButtonsVisible(true);
        required.setValue(workspaces.current().minApprovals());
        Button save = new Button(
                "Save",
                e -> change(() -> workspaces.requireApprovals(required.getValue() == null ? 0 : required.getValue())));
        HorizontalLayout approvals = new HorizontalLayout(required, save);
        approvals.setAlignItems(FlexComponent.Alignment.BASELINE);
        return approvals;
    }

    private boolean change(Runnable change) {
        boolean done = Refusals.attemptOrNotify(change);
        if (done) {
            Refusals.done("Saved");
        }
        refresh();
        return done;
    }

    private void refresh() {
        grid.setItems(members.list());
    }
}
