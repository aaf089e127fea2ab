package vn.diembao.triage;

import java.util.List;

/**
 * One page of stories with what the pager needs; {@code atLeast} when the count stopped at {@link InboxSearch#COUNT_CAP}
 * articles and the total is a lower bound.
 */
record InboxPage(InboxFilter filter, List<Story> stories, long totalStories, boolean atLeast, int pageSize) {

	public int getPage() {
		return filter.page();
	}

	public boolean getHasNext() {
		return (long) filter.page() * pageSize < totalStories || atLeast && stories.size() == pageSize;
	}

	public boolean getHasPrevious() {
		return filter.page() > 1;
	}

	public long getItemCount() {
		return stories.stream().mapToLong(story -> story.rows().size()).sum();
	}
}
