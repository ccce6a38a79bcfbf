#!/usr/bin/env tclsh
# SPDX-License-Identifier: GPL-2.0
#
# check-table.tcl: checks the __pcpusect_table of an s390x object file or
# linked image against the code it describes.
#
# For every 16-byte entry (start, ag, end as self-relative s32; then the
# bytes reg, op, size, flags; see runtime/include/pcpusect/table.h) the
# disassembly must read
#
#	start:	mviy	MARKER(%r0),reg
#	ag:	ag	%rREG,OFFSET(%r0)
#		ACCESS	...0(%rREG)...	as op, size and flags say
#		mviy	MARKER(%r0),0
#	end:
#
# and every "mviy MARKER(%r0),N" with N != 0 in the code must be the start
# of exactly one entry.  MARKER and OFFSET are the expected addresses if
# given, else they are taken from the first entry and every other entry
# must agree.
#
# In a relocatable object the address fields are zero and carry
# R_390_PC32 relocations: the target is symbol + addend, the symbol being
# a section symbol or a symbol defined in that object.  In a linked image
# the fields hold their final values: target = field address + value.
#
# Used two ways:
#   * sourced by the DejaGnu testsuite (lib/pcpusect-check-table.exp),
#     which calls pcpusect_table::check;
#   * run directly:  check-table.tcl [options] FILE...   (see usage below).
#
# Only Tcl 8.6 and objdump are needed.

namespace eval pcpusect_table {
    variable table_section __pcpusect_table
    variable entry_size 16
    variable mviy_len 6
    variable ag_len 6

    # PCPUSECT_OP_* and PCPUSECT_F_* of table.h.
    variable op_names {1 read 2 write 3 add 4 and 5 or}
    variable F_IMM 1
    variable F_RESULT 2
    variable F_SIGNED 4
}

# Runs objdump with ARGS on FILE; returns its standard output.  A failure
# to run is a Tcl error (the caller reports it as a tool problem, not as a
# wrong table).
proc pcpusect_table::objdump {objdump file args} {
    set errf [file tempfile errname]
    set rc [catch {exec -- $objdump {*}$args $file 2>@ $errf} out]
    seek $errf 0
    set err [string trim [read $errf]]
    close $errf
    file delete $errname
    if {$rc} {
	if {$err eq ""} {
	    set err $out
	}
	error "$objdump [join $args] $file failed: $err"
    }
    return $out
}

# An address as the plugin reads it (strtol, base 0): "0x3c0", "960" and
# "01700" are all 960.  Anything else is an error.
proc pcpusect_table::parse_number {text what} {
    set t [string trim $text]
    if {[regexp {^([+-]?)0[xX]([0-9a-fA-F]+)$} $t -> sign digits]} {
	return [expr "${sign}0x$digits"]
    }
    if {[regexp {^([+-]?)0([0-7]+)$} $t -> sign digits]} {
	return [expr "${sign}0o$digits"]
    }
    if {[regexp {^([+-]?)([1-9][0-9]*|0)$} $t -> sign digits]} {
	return [expr "${sign}$digits"]
    }
    error "$what: \"$text\" is not a number"
}

proc pcpusect_table::sext32 {v} {
    set v [expr {$v & 0xffffffff}]
    if {$v >= 0x80000000} {
	set v [expr {$v - 0x100000000}]
    }
    return $v
}

# A code location as text: "0x1000628" in a linked image, ".text+0x18" in
# a relocatable object.
proc pcpusect_table::where {loc} {
    lassign $loc sec addr
    if {$sec eq ""} {
	return [format 0x%x $addr]
    }
    return [format %s+0x%x $sec $addr]
}

# Splits "a,b(c,d),e" at the commas outside parentheses.
proc pcpusect_table::split_operands {text} {
    set parts {}
    set cur ""
    set depth 0
    foreach ch [split $text ""] {
	if {$ch eq "(" } {
	    incr depth
	} elseif {$ch eq ")"} {
	    incr depth -1
	} elseif {$ch eq "," && $depth == 0} {
	    lappend parts $cur
	    set cur ""
	    continue
	}
	append cur $ch
    }
    lappend parts $cur
    return $parts
}

# "%r5" -> 5, else "".
proc pcpusect_table::parse_reg {text} {
    if {[regexp {^%r([0-9]+)$} $text -> n]} {
	return [scan $n %d]
    }
    return ""
}

# A storage operand D, D(%rB) or D(%rX,%rB) -> {disp index base}, else "".
# objdump leaves out a zero base and index: "mviy 960,1" is 960(%r0).
proc pcpusect_table::parse_mem {text} {
    if {[regexp {^(-?[0-9]+)$} $text -> d]} {
	return [list [scan $d %d] 0 0]
    }
    if {[regexp {^(-?[0-9]+)\(%r([0-9]+)\)$} $text -> d b]} {
	return [list [scan $d %d] 0 [scan $b %d]]
    }
    if {[regexp {^(-?[0-9]+)\(%r([0-9]+),%r([0-9]+)\)$} $text -> d x b]} {
	return [list [scan $d %d] [scan $x %d] [scan $b %d]]
    }
    return ""
}

# "-5" -> -5, else "".
proc pcpusect_table::parse_imm {text} {
    if {[regexp {^-?[0-9]+$} $text]} {
	return [scan $text %d]
    }
    return ""
}

# objdump -f: is FILE relocatable (an object) or linked?
proc pcpusect_table::is_relocatable {header} {
    if {[regexp {\m(EXEC_P|DYNAMIC)\M} $header]} {
	return 0
    }
    return [regexp {\mHAS_RELOC\M} $header]
}

# objdump -h -> list of {name size vma} in file order.
proc pcpusect_table::parse_sections {text} {
    set secs {}
    foreach line [split $text "\n"] {
	if {[regexp {^\s*[0-9]+\s+(\S+)\s+([0-9a-f]+)\s+([0-9a-f]+)\s+[0-9a-f]+\s+[0-9a-f]+\s+2\*\*[0-9]+} \
		 $line -> name size vma]} {
	    lappend secs [list $name [expr {"0x$size"}] [expr {"0x$vma"}]]
	}
    }
    return $secs
}

# objdump -s -j SECTION -> one list of bytes (integers) for each section
# of that name, in file order.
proc pcpusect_table::parse_contents {text} {
    set blocks {}
    set in 0
    foreach line [split $text "\n"] {
	if {[regexp {^Contents of section } $line]} {
	    if {$in} {
		lappend blocks $bytes
	    }
	    set in 1
	    set bytes {}
	    continue
	}
	# " ADDR HEXHEXHEX...  ascii": the hex part is 36 columns wide.
	if {$in && [regexp {^ ([0-9a-f]+) (.*)$} $line -> addr rest]} {
	    set hex [string map {" " ""} [string range $rest 0 35]]
	    foreach {a b} [split $hex ""] {
		lappend bytes [expr {"0x$a$b"}]
	    }
	}
    }
    if {$in} {
	lappend blocks $bytes
    }
    return $blocks
}

# objdump -r -j SECTION -> one dict offset -> {type symbol addend} for
# each section of that name, in file order.
proc pcpusect_table::parse_relocs {text} {
    set blocks {}
    set relocs ""
    foreach line [split $text "\n"] {
	if {[regexp {^RELOCATION RECORDS FOR } $line]} {
	    if {$relocs ne ""} {
		lappend blocks $relocs
	    }
	    set relocs [dict create]
	    continue
	}
	if {![regexp {^([0-9a-f]+)\s+(R_\S+)\s+(\S+)\s*$} $line -> off type value]} {
	    continue
	}
	set addend 0
	if {[regexp {^(.+?)([+-])0x([0-9a-f]+)$} $value -> sym sign hex]} {
	    set addend [expr {"0x$hex"}]
	    if {$sign eq "-"} {
		set addend [expr {-$addend}]
	    }
	} else {
	    set sym $value
	}
	dict set relocs [expr {"0x$off"}] [list $type $sym $addend]
    }
    if {$relocs ne ""} {
	lappend blocks $relocs
    }
    return $blocks
}

# objdump -t -> dict name -> {section value}; a name defined twice maps to
# "ambiguous", an undefined one to {*UND* 0}.
proc pcpusect_table::parse_symbols {text} {
    set syms [dict create]
    foreach line [split $text "\n"] {
	# VALUE FLAGS(7 columns) SECTION<tab>SIZE [.hidden etc.] NAME
	if {![regexp {^([0-9a-f]+) .{7} (\S+)\t[0-9a-f]+\s+(.*)$} $line -> value sec rest]} {
	    continue
	}
	set name [lindex [split [string trim $rest] " "] end]
	set def [list $sec [expr {"0x$value"}]]
	if {[dict exists $syms $name] && [dict get $syms $name] ne $def} {
	    dict set syms $name ambiguous
	} else {
	    dict set syms $name $def
	}
    }
    return $syms
}

# Disassembles FILE with objdump -d, reading the output as it comes (a
# kernel image has millions of instructions).  Returns a dict with
#   insns:  {SEC ADDR} -> {len mnemonic operands function}, kept only for
#	    what the checks look at: every mviy and ag, and the two
#	    instructions after each ag (the access and the closing mviy)
#   mviys:  {SEC ADDR} -> {disp imm} for every mviy with base and index 0
# SEC is the section name in a relocatable object and "" in a linked image.
proc pcpusect_table::disassemble {objdump file relocatable} {
    set errf [file tempfile errname]
    set ch [open |[list $objdump -d $file 2>@ $errf] r]
    set insns [dict create]
    set mviys [dict create]
    set sec ""
    set func ""
    set after_ag 0
    while {[gets $ch line] >= 0} {
	# "  ADDR:<tab>BYTES<tab>MNEMONIC<tab>OPERANDS [<sym+off>]"; plain
	# string operations: a regexp per line is slow on a whole libc.
	set f [split $line "\t"]
	if {[llength $f] < 3} {
	    if {[string match "Disassembly of section *:" $line]} {
		if {$relocatable} {
		    set sec [string range $line 23 end-1]
		}
		set func ""
		set after_ag 0
	    } elseif {[string match {[0-9a-f]* <*>:} $line]} {
		regexp {<(.+)>:$} $line -> func
	    }
	    continue
	}
	set addr [string trim [lindex $f 0]]
	if {![string match {*:} $addr]} {
	    continue
	}
	set addr [string range $addr 0 end-1]
	if {![string is xdigit -strict $addr]} {
	    continue
	}
	set mnem [lindex $f 2]
	if {$mnem eq "ag"} {
	    set after_ag 3
	} elseif {$mnem ne "mviy" && $after_ag == 0} {
	    continue
	}
	if {$after_ag > 0} {
	    incr after_ag -1
	}
	set loc [list $sec [expr {"0x$addr"}]]
	set ops [lindex [split [lindex $f 3] " "] 0]
	dict set insns $loc [list [llength [lindex $f 1]] $mnem $ops $func]
	if {$mnem eq "mviy"} {
	    set o [split_operands $ops]
	    if {[llength $o] == 2} {
		set m [parse_mem [lindex $o 0]]
		set imm [parse_imm [lindex $o 1]]
		if {$m ne "" && [lindex $m 1] == 0 && [lindex $m 2] == 0
		    && $imm ne ""} {
		    dict set mviys $loc [list [lindex $m 0] $imm]
		}
	    }
	}
    }
    set rc [catch {close $ch} out]
    seek $errf 0
    set err [string trim [read $errf]]
    close $errf
    file delete $errname
    if {$rc} {
	error "$objdump -d $file failed: [expr {$err ne "" ? $err : $out}]"
    }
    return [dict create insns $insns mviys $mviys]
}

# The mnemonic the access instruction must have, or an error text.
proc pcpusect_table::expected_access {op size flags} {
    variable F_IMM
    variable F_RESULT
    variable F_SIGNED
    if {$flags & ~($F_IMM | $F_RESULT | $F_SIGNED)} {
	return [list "" [format "unknown flags 0x%x" $flags]]
    }
    if {$size != 4 && $size != 8} {
	return [list "" "size $size is neither 4 nor 8"]
    }
    set imm [expr {($flags & $F_IMM) != 0}]
    set result [expr {($flags & $F_RESULT) != 0}]
    set signed [expr {($flags & $F_SIGNED) != 0}]
    if {$imm && $op != 3} {
	return [list "" "flag IMM on an op other than add"]
    }
    if {$result && ($op != 3 || $imm)} {
	return [list "" "flag RESULT on an op other than a non-immediate add"]
    }
    switch -- $op {
	1 {
	    if {$size == 8} {
		return [list lg ""]
	    }
	    return [list [expr {$signed ? "lgf" : "llgf"}] ""]
	}
	2 { return [list [expr {$size == 8 ? "stg" : "st"}] ""] }
	3 {
	    if {$imm} {
		return [list [expr {$size == 8 ? "agsi" : "asi"}] ""]
	    }
	    return [list [expr {$size == 8 ? "laag" : "laa"}] ""]
	}
	4 { return [list [expr {$size == 8 ? "lang" : "lan"}] ""] }
	5 { return [list [expr {$size == 8 ? "laog" : "lao"}] ""] }
    }
    return [list "" "unknown op $op"]
}

# Checks that the operands of the access instruction MNEM are the form it
# must have, with its storage operand exactly 0(%rREG).  Returns "" or a
# complaint.
proc pcpusect_table::check_access_operands {mnem ops reg} {
    set o [split_operands $ops]
    switch -- $mnem {
	lg - lgf - llgf - st - stg {
	    set shape {reg mem}
	}
	asi - agsi {
	    set shape {mem imm}
	}
	default {
	    set shape {reg reg mem}
	}
    }
    if {[llength $o] != [llength $shape]} {
	return "operands \"$ops\" are not of the form [join $shape ,]"
    }
    # The runtime may rebase %rREG while the closing mviy is still to run,
    # which is only harmless if the access has not put its result there.
    if {[lindex $shape 0] eq "reg" && $mnem ni {st stg}
	&& [parse_reg [lindex $o 0]] eq $reg} {
	return "it writes its result into %r$reg, the per-CPU address\
	    register, which the runtime may still rebase before the closing mviy"
    }
    foreach kind $shape text $o {
	switch -- $kind {
	    reg {
		set ok [expr {[parse_reg $text] ne ""}]
	    }
	    imm {
		set ok [expr {[parse_imm $text] ne ""}]
	    }
	    mem {
		set m [parse_mem $text]
		if {$m eq ""} {
		    set ok 0
		} else {
		    lassign $m d x b
		    if {$d != 0 || $x != 0 || $b != $reg} {
			return "storage operand \"$text\" is not 0(%r$reg)"
		    }
		    set ok 1
		}
	    }
	}
	if {!$ok} {
	    return "operands \"$ops\" are not of the form [join $shape ,]"
	}
    }
    return ""
}

# Looks an instruction up; returns {len mnem ops func} or "".
proc pcpusect_table::insn_at {dis loc} {
    set insns [dict get $dis insns]
    if {[dict exists $insns $loc]} {
	return [dict get $insns $loc]
    }
    return ""
}

proc pcpusect_table::func_of {dis loc} {
    set i [insn_at $dis $loc]
    if {$i ne "" && [lindex $i 3] ne ""} {
	return " in [lindex $i 3]"
    }
    return ""
}

# Reads the entries; returns {entries errors}.  Each entry is a dict:
#   index, at (text), reg, op, size, flags, start, ag, end ({sec addr} or "")
proc pcpusect_table::read_entries {objdump file relocatable sections} {
    variable table_section
    variable entry_size
    set errors {}
    set entries {}

    # The plugin emits one piece per function (SHF_LINK_ORDER); an object
    # file keeps them apart, a linked image has them merged.
    set tables {}
    foreach sec [lsearch -all -inline -index 0 -exact $sections $table_section] {
	if {[lindex $sec 1] > 0} {
	    lappend tables $sec
	}
    }
    if {[llength $tables] == 0} {
	return [list {} {}]
    }
    set contents [parse_contents [objdump $objdump $file -s -j $table_section]]
    if {[llength $contents] != [llength $tables]} {
	return [list {} [list "could not read the [llength $tables] sections\
	    named $table_section (got [llength $contents])"]]
    }
    if {$relocatable} {
	set reloc_blocks [parse_relocs [objdump $objdump $file -r -j $table_section]]
	set syms [parse_symbols [objdump $objdump $file -t]]
	if {[llength $reloc_blocks] != [llength $tables]} {
	    lappend errors "[llength $tables] sections named $table_section but\
		[llength $reloc_blocks] have relocations"
	    set reloc_blocks [lrepeat [llength $tables] [dict create]]
	}
    }

    set i 0
    foreach table $tables bytes $contents k [lsearch -all $tables *] {
	lassign $table -> size vma
	set name $table_section
	if {[llength $tables] > 1} {
	    append name "#$k"
	}
	if {$size % $entry_size} {
	    lappend errors [format "%s is 0x%x bytes, not a multiple of %d" \
				$name $size $entry_size]
	}
	if {[llength $bytes] != $size} {
	    lappend errors "could not read the $size bytes of $name\
		(got [llength $bytes])"
	    continue
	}
	if {$relocatable} {
	    set relocs [lindex $reloc_blocks $k]
	}
	set n [expr {$size / $entry_size}]
	for {set j 0} {$j < $n} {incr j; incr i} {
	set base [expr {$j * $entry_size}]
	set e [dict create index $i \
		   at [format "%s+0x%x" $name $base] \
		   reg [lindex $bytes [expr {$base + 12}]] \
		   op [lindex $bytes [expr {$base + 13}]] \
		   size [lindex $bytes [expr {$base + 14}]] \
		   flags [lindex $bytes [expr {$base + 15}]]]
	set what "entry $i ([dict get $e at])"
	foreach field {start ag end} w {0 1 2} {
	    set off [expr {$base + 4 * $w}]
	    set word 0
	    foreach b [lrange $bytes $off [expr {$off + 3}]] {
		set word [expr {($word << 8) | $b}]
	    }
	    set word [sext32 $word]
	    set loc ""
	    if {!$relocatable} {
		set loc [list "" [expr {$vma + $off + $word}]]
	    } elseif {![dict exists $relocs $off]} {
		lappend errors "$what: field $field has no relocation"
	    } else {
		lassign [dict get $relocs $off] type sym addend
		if {$type ne "R_390_PC32"} {
		    lappend errors "$what: field $field has relocation $type,\
			not R_390_PC32 (self-relative)"
		} elseif {$word != 0} {
		    lappend errors [format "%s: field %s holds 0x%x besides its\
			relocation" $what $field [expr {$word & 0xffffffff}]]
		} elseif {![dict exists $syms $sym]} {
		    lappend errors "$what: field $field refers to \"$sym\", not\
			in the symbol table"
		} elseif {[dict get $syms $sym] eq "ambiguous"} {
		    lappend errors "$what: field $field refers to \"$sym\",\
			defined more than once"
		} else {
		    lassign [dict get $syms $sym] sec value
		    if {$sec eq "*UND*" || $sec eq "*COM*" || $sec eq "*ABS*"} {
			lappend errors "$what: field $field refers to\
			    \"$sym\" ($sec), not to code in this object"
		    } else {
			set loc [list $sec [expr {$value + $addend}]]
		    }
		}
	    }
	    dict set e $field $loc
	}
	lappend entries $e
	}
    }
    return [list $entries $errors]
}

# Checks one entry against the disassembly.  MARKER and OFFSET name
# variables in the caller holding the expected addresses ("" = not yet
# known: taken from this entry).  Returns a list of complaints.
proc pcpusect_table::check_entry {e dis markerVar offsetVar} {
    variable op_names
    variable mviy_len
    variable ag_len
    upvar $markerVar marker $offsetVar offset
    set errors {}

    dict with e {}
    set what "entry $index ($at"
    if {$start ne ""} {
	append what ", start [where $start][func_of $dis $start]"
    }
    append what ")"

    if {$reg < 1 || $reg > 15} {
	lappend errors "$what: reg $reg is not in 1..15"
    }
    if {![dict exists $op_names $op]} {
	lappend errors "$what: op $op is unknown"
    }
    lassign [expected_access $op $size $flags] want why
    if {$want eq "" && [dict exists $op_names $op]} {
	lappend errors "$what: $why"
    }
    if {$start eq "" || $ag eq "" || $end eq ""} {
	return $errors
    }
    if {[lindex $start 0] ne [lindex $ag 0] || [lindex $start 0] ne [lindex $end 0]} {
	lappend errors "$what: start, ag and end lie in different sections\
	    ([where $start], [where $ag], [where $end])"
	return $errors
    }
    set s [lindex $start 1]
    set a [lindex $ag 1]
    set en [lindex $end 1]
    if {!($s < $a && $a < $en)} {
	lappend errors "$what: start [where $start] < ag [where $ag] < end\
	    [where $end] does not hold"
	return $errors
    }
    if {$a != $s + $mviy_len} {
	lappend errors [format "%s: ag %s is not right after the opening mviy\
	    (start + %d)" $what [where $ag] $mviy_len]
    }

    # start: mviy MARKER(%r0),reg
    set i [insn_at $dis $start]
    if {$i eq ""} {
	lappend errors "$what: at start [where $start]: no mviy starts there"
    } else {
	lassign $i len mnem ops
	set m [dict get $dis mviys]
	if {![dict exists $m $start]} {
	    lappend errors "$what: at start: \"$mnem $ops\", expected\
		\"mviy MARKER(%r0),$reg\""
	} else {
	    lassign [dict get $m $start] d imm
	    if {$marker eq ""} {
		set marker $d
	    }
	    if {$d != $marker} {
		lappend errors "$what: at start: \"$mnem $ops\" stores to $d, not to\
		    the marker at $marker"
	    }
	    if {$imm != $reg} {
		lappend errors "$what: at start: \"$mnem $ops\" stores $imm, but\
		    the entry says reg $reg"
	    }
	}
    }

    # ag: ag %rREG,OFFSET(%r0)
    set i [insn_at $dis $ag]
    if {$i eq ""} {
	lappend errors "$what: at ag [where $ag]: no ag starts there"
	return $errors
    }
    lassign $i len mnem ops
    set o [split_operands $ops]
    set ok 0
    if {$mnem eq "ag" && [llength $o] == 2} {
	set r [parse_reg [lindex $o 0]]
	set m [parse_mem [lindex $o 1]]
	if {$r ne "" && $m ne "" && [lindex $m 1] == 0 && [lindex $m 2] == 0} {
	    set ok 1
	    if {$offset eq ""} {
		set offset [lindex $m 0]
	    }
	    if {$r != $reg} {
		lappend errors "$what: at ag: \"$mnem $ops\" adds to %r$r, but\
		    the entry says reg $reg"
	    }
	    if {[lindex $m 0] != $offset} {
		lappend errors "$what: at ag: \"$mnem $ops\" adds from\
		    [lindex $m 0], not from the per-CPU offset at $offset"
	    }
	}
    }
    if {!$ok} {
	lappend errors "$what: at ag [where $ag]: \"$mnem $ops\", expected\
	    \"ag %r$reg,OFFSET(%r0)\""
	return $errors
    }
    if {$len != $ag_len} {
	lappend errors "$what: the ag is $len bytes long, not $ag_len"
    }

    # The access, right after the ag.
    set acc [list [lindex $ag 0] [expr {$a + $len}]]
    set i [insn_at $dis $acc]
    if {$i eq ""} {
	lappend errors "$what: no instruction right after the ag"
	return $errors
    }
    lassign $i len mnem ops
    set opname [expr {[dict exists $op_names $op] ? [dict get $op_names $op] : "op $op"}]
    if {$want ne "" && $mnem ne $want} {
	lappend errors [format "%s: access at %s: \"%s %s\", but %s of %d bytes\
	    with flags 0x%x needs %s" $what [where $acc] $mnem $ops $opname \
	    $size $flags $want]
    } else {
	set why [check_access_operands $mnem $ops $reg]
	if {$why ne ""} {
	    lappend errors "$what: access at [where $acc]: \"$mnem $ops\": $why"
	}
    }

    # The closing mviy MARKER(%r0),0, ending exactly at end.
    set close [list [lindex $ag 0] [expr {[lindex $acc 1] + $len}]]
    set i [insn_at $dis $close]
    if {$i eq ""} {
	lappend errors "$what: no instruction right after the access"
	return $errors
    }
    lassign $i len mnem ops
    set m [dict get $dis mviys]
    if {![dict exists $m $close]
	|| [lindex [dict get $m $close] 0] != $marker
	|| [lindex [dict get $m $close] 1] != 0} {
	lappend errors "$what: after the access, at [where $close]: \"$mnem\
	    $ops\", expected \"mviy ${marker}(%r0),0\""
    } elseif {[lindex $close 1] + $len != $en} {
	lappend errors [format "%s: the closing mviy ends at %s, but end is %s" \
			    $what [where [list [lindex $close 0] \
					      [expr {[lindex $close 1] + $len}]]] \
			    [where $end]]
    }
    return $errors
}

# Checks FILE.  Options: -objdump PATH, -marker ADDR, -offset ADDR.
# Returns a dict: entries N, guards N, marker, offset, errors {messages}.
# Problems running objdump are Tcl errors.
proc pcpusect_table::check {file args} {
    variable table_section
    set objdump s390x-linux-gnu-objdump
    set marker ""
    set offset ""
    foreach {opt val} $args {
	switch -- $opt {
	    -objdump { set objdump $val }
	    -marker { set marker [parse_number $val "marker address"] }
	    -offset { set offset [parse_number $val "per-CPU offset address"] }
	    default { error "pcpusect_table::check: unknown option $opt" }
	}
    }
    if {![file readable $file]} {
	error "cannot read $file"
    }

    set header [objdump $objdump $file -f]
    if {[regexp {In archive} $header]} {
	error "$file is an archive: check its members or a linked image"
    }
    set relocatable [is_relocatable $header]
    set sections [parse_sections [objdump $objdump $file -h]]
    set dis [disassemble $objdump $file $relocatable]

    lassign [read_entries $objdump $file $relocatable $sections] entries errors

    foreach e $entries {
	lappend errors {*}[check_entry $e $dis marker offset]
    }

    # Each guarded sequence has exactly one entry; no two entries overlap.
    set by_start [dict create]
    set spans {}
    foreach e $entries {
	set s [dict get $e start]
	if {$s eq ""} {
	    continue
	}
	dict lappend by_start $s [dict get $e index]
	if {[dict get $e end] ne ""} {
	    lappend spans [list [lindex $s 0] [lindex $s 1] \
			       [lindex [dict get $e end] 1] [dict get $e index]]
	}
    }
    set guards 0
    if {$marker ne ""} {
	dict for {loc v} [dict get $dis mviys] {
	    lassign $v d imm
	    if {$d != $marker || $imm == 0} {
		continue
	    }
	    incr guards
	    if {![dict exists $by_start $loc]} {
		lappend errors "guarded sequence at [where $loc][func_of $dis $loc]\
		    (mviy ${marker}(%r0),$imm) has no $table_section entry"
	    }
	}
    }
    dict for {loc idx} $by_start {
	if {[llength $idx] > 1} {
	    lappend errors "entries [join $idx {, }] all describe the sequence at\
		[where $loc][func_of $dis $loc]"
	}
    }
    set prev ""
    # lsort is stable: this sorts by section, then by start.
    foreach sp [lsort -index 0 [lsort -integer -index 1 $spans]] {
	if {$prev ne "" && [lindex $prev 0] eq [lindex $sp 0]
	    && [lindex $sp 1] < [lindex $prev 2]
	    && [lindex $sp 1] != [lindex $prev 1]} {
	    lappend errors "entries [lindex $prev 3] and [lindex $sp 3] overlap\
		at [where [lrange $sp 0 1]]"
	}
	set prev $sp
    }

    return [dict create entries [llength $entries] guards $guards \
		marker $marker offset $offset errors $errors]
}

# Standalone use.
proc pcpusect_table::main {argv} {
    set usage "usage: check-table.tcl \[--objdump=PATH\] \[--marker=ADDR\]\
	\[--offset=ADDR\] \[--entries=N\] \[--quiet\] FILE...

Checks the __pcpusect_table of each s390x object file or linked image
against its code.  MARKER and OFFSET default to what the first entry
uses.  --entries=N also requires exactly N entries per file.
objdump defaults to \$TARGET_OBJDUMP, else s390x-linux-gnu-objdump.
Exit status: 0 all good, 1 a table is wrong, 2 usage or tool error."
    set opts {}
    if {[info exists ::env(TARGET_OBJDUMP)] && $::env(TARGET_OBJDUMP) ne ""} {
	lappend opts -objdump $::env(TARGET_OBJDUMP)
    }
    set files {}
    set want ""
    set quiet 0
    foreach a $argv {
	if {[regexp {^--(objdump|marker|offset)=(.*)$} $a -> k v]} {
	    lappend opts -$k $v
	} elseif {[regexp {^--entries=([0-9]+)$} $a -> v]} {
	    set want $v
	} elseif {$a eq "--quiet" || $a eq "-q"} {
	    set quiet 1
	} elseif {$a eq "--help" || $a eq "-h"} {
	    puts $usage
	    return 0
	} elseif {[string match -* $a]} {
	    puts stderr "check-table: unknown option $a\n$usage"
	    return 2
	} else {
	    lappend files $a
	}
    }
    if {[llength $files] == 0} {
	puts stderr $usage
	return 2
    }
    set status 0
    foreach f $files {
	if {[catch {check $f {*}$opts} r]} {
	    puts stderr "check-table: $f: $r"
	    set status 2
	    continue
	}
	set errors [dict get $r errors]
	if {$want ne "" && [dict get $r entries] != $want} {
	    lappend errors "[dict get $r entries] table entries, expected $want"
	}
	foreach msg $errors {
	    puts "$f: $msg"
	}
	if {[llength $errors]} {
	    if {$status == 0} {
		set status 1
	    }
	} elseif {!$quiet} {
	    puts [format "%s: OK: %d entries, %d guarded sequences%s" $f \
		      [dict get $r entries] [dict get $r guards] \
		      [expr {[dict get $r marker] eq "" ? "" :
			     " (marker [dict get $r marker], offset [dict get $r offset])"}]]
	}
    }
    return $status
}

if {[info exists argv0] && [info script] ne ""
    && [file normalize $argv0] eq [file normalize [info script]]} {
    exit [pcpusect_table::main $argv]
}
