package org.qconsole.reminder;

import org.qconsole.common.startup.StartupStage;
import org.qconsole.common.startup.StartupStep;
import org.qconsole.identity.DemoActors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo data: the demo realm's focal points are known from the start, as if each had signed in once (the
 * console hears of the same sign-in a Keycloak login announces, and {@link KnownUsers} records it), so that
 * "remind now" reaches someone in the dev run. Their mail goes to the log. The demo's own focal points of
 * States without a realm user never sign in: those States stay without a recipient, as in a real campaign.
 */
@Component
@ConditionalOnProperty(name = "console.demo-data.enabled", havingValue = "true")
class DemoFocalPoints implements StartupStep {

    private final DemoActors actors;

    DemoFocalPoints(DemoActors actors) {
        this.actors = actors;
    }

    @Override
    public StartupStage stage() {
        return StartupStage.DEMO_FOCAL_POINTS;
    }

    @Override
    public void run() {
        actors.realmFocalPoints().forEach(actors::announceSignIn);
    }
}
