package vn.diembao.bulletin;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Starting editions from outside the bulletin pages (demo data, imports); the pages use the same two steps. */
@Service
public class BulletinDesk {

	private final Bulletins bulletins;
	private final BulletinWorkflow workflow;

	BulletinDesk(Bulletins bulletins, BulletinWorkflow workflow) {
		this.bulletins = bulletins;
		this.workflow = workflow;
	}

	/** Creates the edition and starts its process (draft built, waiting for curation); empty when it exists. */
	public Optional<Long> startEdition(BulletinKind kind, LocalDate issueDate) {
		Optional<Long> created = bulletins.create(kind, issueDate);
		created.ifPresent(workflow::start);
		return created;
	}

	/**
	 * How many bulletins of each kind were issued for days {@code from} to {@code to} (inclusive): first revisions
	 * published, by issue date — corrections do not count twice. Kinds with none are absent.
	 */
	public java.util.Map<BulletinKind, Long> issuedBetween(LocalDate from, LocalDate to) {
		return bulletins.issuedBetween(from, to);
	}

	/** The usual path after curation: the officer submits, the leader approves, and it is published. */
	public void submitAndApprove(long bulletinId, String officer, String leader) {
		workflow.submit(bulletinId, officer);
		workflow.approve(bulletinId, leader);
	}
}
