package org.qconsole.common.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;

/** The page every view is shown in: the console's theme (frontend/themes/questionnaire-console). */
@Theme("questionnaire-console")
public class AppShell implements AppShellConfigurator {
}
