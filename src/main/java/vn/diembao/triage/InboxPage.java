package vn.diembao.triage;

import java.util.List;

/** One page of stories with what the pager needs. */
record InboxPage(InboxFilter filter, List<Story> stories, long totalStories, int pageSize) {

	public int getPage() {
		return filter.page();
	}

	public boolean getHasNext() {
		return (long) filter.page() * pageSize < totalStories;
	}

	public boolean getHasPrevious() {
		return filter.page() > 1;
	}

	public long getItemCount() {
		return stories.stream().mapToLong(story -> story.rows().size()).sum();
	}
}
