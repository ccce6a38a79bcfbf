// SPDX-License-Identifier: GPL-2.0
/*
 * count-insns: counts executed instructions in a qemu exec log.
 *
 * Reads the log of `qemu-system-s390x -singlestep -d exec,nochain` (one
 * "Trace CPU: HOST [CS_BASE/PC/FLAGS/CFLAGS]" line per executed
 * instruction) on stdin.  A window opens at each line whose PC is BEGIN
 * and closes at the next whose PC is END; for each it prints the
 * instructions run in it, split by the problem-state flag (user) or not
 * (kernel):
 *   window N kernel K user U
 * Given PREFIX, it also writes PREFIX.N for each window: one line
 * "ADDRESS COUNT" per kernel instruction address run in it, to see which
 * functions the instructions went to (kernel/insns-profile.sh).
 * Usage: count-insns BEGIN END [PREFIX]   (addresses in hex, from nm)
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* s390x TB flags are PSW mask bits 32..63 shifted down by 31; problem
 * state is PSW_MASK_PSTATE (bit 15 of the mask, 0x0001000000000000). */
#define TB_FLAG_PSTATE (0x0001000000000000ULL >> 31)

/*
 * Kernel addresses run in one window: open addressing, never full (a
 * window runs a few thousand distinct kernel instructions).
 */
#define SLOTS (1 << 20)
static struct slot {
	unsigned long long pc, count;
} *slots;
static unsigned long long used;

static void profile_add(unsigned long long pc)
{
	unsigned long long i = (pc >> 1) * 0x9e3779b97f4a7c15ULL >> 44;

	while (slots[i].count && slots[i].pc != pc)
		i = (i + 1) & (SLOTS - 1);
	if (!slots[i].count) {
		if (++used > SLOTS / 2) {
			fprintf(stderr, "count-insns: too many addresses\n");
			exit(1);
		}
		slots[i].pc = pc;
	}
	slots[i].count++;
}

static void profile_write(const char *prefix, int window)
{
	char name[4096];
	FILE *f;

	snprintf(name, sizeof(name), "%s.%d", prefix, window);
	f = fopen(name, "w");
	if (!f) {
		perror(name);
		exit(1);
	}
	for (unsigned long long i = 0; i < SLOTS; i++)
		if (slots[i].count)
			fprintf(f, "%016llx %llu\n", slots[i].pc,
				slots[i].count);
	if (fclose(f)) {
		perror(name);
		exit(1);
	}
	memset(slots, 0, SLOTS * sizeof(*slots));
	used = 0;
}

static int parse(const char *line, unsigned long long *pc,
		 unsigned long long *flags)
{
	const char *p = strchr(line, '[');
	char *end;

	if (strncmp(line, "Trace ", 6) || !p)
		return 0;
	strtoull(p + 1, &end, 16);		/* cs_base */
	if (*end != '/')
		return 0;
	*pc = strtoull(end + 1, &end, 16);
	if (*end != '/')
		return 0;
	*flags = strtoull(end + 1, &end, 16);
	return *end == '/';
}

int main(int argc, char **argv)
{
	unsigned long long begin, end, pc, flags, kernel = 0, user = 0;
	unsigned long long lines = 0, bad = 0;
	int open = 0, window = 0;
	const char *prefix = argc == 4 ? argv[3] : NULL;
	char line[512];

	if (argc != 3 && argc != 4) {
		fprintf(stderr, "usage: %s BEGIN END [PREFIX] (hex)\n",
			argv[0]);
		return 2;
	}
	if (prefix) {
		slots = calloc(SLOTS, sizeof(*slots));
		if (!slots) {
			perror("count-insns");
			return 1;
		}
	}
	/*
	 * qemu writes the log a line at a time: a large pipe and buffer
	 * let it run ahead and this end read in large blocks.  (A file
	 * is no pipe: then both fail, harmlessly.)
	 */
	fcntl(0, F_SETPIPE_SZ, 1 << 20);
	setvbuf(stdin, NULL, _IOFBF, 1 << 20);
	begin = strtoull(argv[1], NULL, 16);
	end = strtoull(argv[2], NULL, 16);
	while (fgets(line, sizeof(line), stdin)) {
		if (!parse(line, &pc, &flags)) {
			bad++;
			continue;
		}
		lines++;
		if (!open) {
			if (pc == begin && (flags & TB_FLAG_PSTATE)) {
				open = 1;
				kernel = user = 0;
			}
			continue;
		}
		if (pc == end && (flags & TB_FLAG_PSTATE)) {
			printf("window %d kernel %llu user %llu\n",
			       ++window, kernel, user);
			fflush(stdout);
			if (prefix)
				profile_write(prefix, window);
			open = 0;
			continue;
		}
		if (flags & TB_FLAG_PSTATE) {
			user++;
		} else {
			kernel++;
			if (prefix)
				profile_add(pc);
		}
	}
	if (open)
		fprintf(stderr, "count-insns: window %d never closed\n",
			window + 1);
	fprintf(stderr, "count-insns: %llu instructions logged, %llu other lines\n",
		lines, bad);
	return open ? 1 : 0;
}
