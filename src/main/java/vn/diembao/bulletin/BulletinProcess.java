package vn.diembao.bulletin;

import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Service tasks of bpmn/bulletin.bpmn ({@code ${bulletinProcess…}}): thin calls into the module's services. */
@Component("bulletinProcess")
public class BulletinProcess {

	private final Bulletins bulletins;
	private final BulletinWorkflow workflow;
	private final BulletinMailer mailer;
	private final BulletinProperties properties;

	BulletinProcess(Bulletins bulletins, BulletinWorkflow workflow, BulletinMailer mailer, BulletinProperties properties) {
		this.bulletins = bulletins;
		this.workflow = workflow;
		this.mailer = mailer;
		this.properties = properties;
	}

	/** The schedule's tick: creates the editions due today and starts one process instance for each. */
	public void startDueEditions() {
		LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(BulletinPeriods.VIETNAM).toLocalDate();
		bulletins.createDue(today).forEach(workflow::start);
	}

	public void build(Long bulletinId) {
		bulletins.build(bulletinId);
	}

	public boolean autoPublishes(Long bulletinId) {
		return properties.autoPublishes(bulletins.get(bulletinId).kind());
	}

	public void publish(Long bulletinId) {
		bulletins.publish(bulletinId);
	}

	public void deliver(Long bulletinId) {
		mailer.send(bulletinId);
	}
}
